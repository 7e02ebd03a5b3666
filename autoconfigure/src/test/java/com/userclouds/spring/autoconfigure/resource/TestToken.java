package com.userclouds.spring.autoconfigure.resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

/**
 * Mints tokens shaped like UserClouds' (see shared/README.md), then lets a test bend one thing about them.
 */
final class TestToken {

	private JOSEObjectType type = JOSEObjectType.JWT;

	private JWTClaimsSet.Builder claims;

	private RSAKey key;

	private TestToken(FakeTenant tenant, JWTClaimsSet.Builder claims) {
		this.claims = claims;
		this.key = tenant.signingKey();
	}

	private static JWTClaimsSet.Builder common(FakeTenant tenant) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(tenant.issuer())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofHours(24))))
			.jwtID(UUID.randomUUID().toString())
			.claim("organization_id", UUID.randomUUID().toString());
	}

	/** {@code aud} = [tenant URL], no {@code azp}, {@code subject_type} = a UUID, no {@code scope} claim. */
	static TestToken userAccessToken(FakeTenant tenant) {
		return new TestToken(tenant, common(tenant).subject(UUID.randomUUID().toString())
			.audience(List.of(tenant.issuer()))
			.claim("subject_type", UUID.randomUUID().toString()));
	}

	/** {@code aud} = [client_id, tenant URL], {@code azp}, {@code nonce}, {@code subject_type: "_user"}. */
	static TestToken idToken(FakeTenant tenant, String clientId) {
		return new TestToken(tenant, common(tenant).subject(UUID.randomUUID().toString())
			.audience(List.of(clientId, tenant.issuer()))
			.claim("azp", clientId)
			.claim("nonce", "n-0S6_WzA2Mj")
			.claim("name", "Jane Doe")
			.claim("email", "jane@example.com")
			.claim("subject_type", "_user"));
	}

	/** {@code sub} = the app's UUID, {@code aud} = requested audiences + tenant URL, {@code subject_type: "_login_app"}. */
	static TestToken m2mToken(FakeTenant tenant, String... audiences) {
		List<String> aud = new java.util.ArrayList<>(List.of(audiences));
		aud.add(tenant.issuer());
		return new TestToken(tenant, common(tenant).subject(UUID.randomUUID().toString())
			.audience(aud)
			.claim("subject_type", "_login_app"));
	}

	TestToken type(String type) {
		this.type = (type != null) ? new JOSEObjectType(type) : null;
		return this;
	}

	TestToken claim(String name, Object value) {
		this.claims.claim(name, value);
		return this;
	}

	TestToken scope(String scope) {
		return claim("scope", scope);
	}

	/** Sets {@code exp}, and {@code iat} an hour before it, as a token that lived its life would have. */
	TestToken expiresAt(Instant exp) {
		if (exp != null) {
			claim("iat", Date.from(exp.minus(Duration.ofHours(1))));
		}
		return claim("exp", (exp != null) ? Date.from(exp) : null);
	}

	TestToken signedWith(RSAKey key) {
		this.key = key;
		return this;
	}

	JWTClaimsSet claimsSet() {
		return this.claims.build();
	}

	String sign() {
		return sign(JWSAlgorithm.RS256);
	}

	String sign(JWSAlgorithm algorithm) {
		try {
			SignedJWT jwt = new SignedJWT(header(algorithm), claimsSet());
			jwt.sign(new RSASSASigner(this.key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The classic confusion attack: HS256 keyed with the tenant's public key, which anybody can fetch. */
	String signHs256WithPublicKey() {
		try {
			SignedJWT jwt = new SignedJWT(header(JWSAlgorithm.HS256), claimsSet());
			jwt.sign(new MACSigner(this.key.toPublicJWK().toRSAPublicKey().getEncoded()));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	String unsigned() {
		return new PlainJWT(new PlainHeader.Builder().type(this.type).build(), claimsSet()).serialize();
	}

	/** Signed, then its payload swapped for another one: the signature no longer matches. */
	String tamperedWith(String claim, Object value) {
		String[] parts = sign().split("\\.");
		JWTClaimsSet changed = new JWTClaimsSet.Builder(claimsSet()).claim(claim, value).build();
		parts[1] = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(changed.toString().getBytes(StandardCharsets.UTF_8));
		return String.join(".", parts);
	}

	private JWSHeader header(JWSAlgorithm algorithm) {
		return new JWSHeader.Builder(algorithm).keyID(this.key.getKeyID()).type(this.type).build();
	}

}
