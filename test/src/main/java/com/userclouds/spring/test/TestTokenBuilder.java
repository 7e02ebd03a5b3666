package com.userclouds.spring.test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Builds a token signed by a {@link TestTenant}, shaped like UserClouds' by default. Each setter returns this builder;
 * {@link #build()} signs. For example {@code tenant.accessToken().subject("u1").scopes("orders:read").build()}.
 */
public final class TestTokenBuilder {

	/** Past the starter's default clock skew (60 s), so an expired token is refused with the default settings. */
	private static final Duration EXPIRED_FOR = Duration.ofMinutes(10);

	private final RSAKey signingKey;

	private final Map<String, Object> claims = new LinkedHashMap<>();

	private JOSEObjectType type = JOSEObjectType.JWT;

	private RSAKey signWith;

	private Instant issuedAt = Instant.now();

	private Duration lifetime = Duration.ofHours(1);

	private TestTokenBuilder(String issuer, RSAKey signingKey) {
		this.signingKey = signingKey;
		this.signWith = signingKey;
		this.claims.put("iss", issuer);
		this.claims.put("jti", UUID.randomUUID().toString());
	}

	static TestTokenBuilder accessToken(String issuer, RSAKey key) {
		TestTokenBuilder builder = new TestTokenBuilder(issuer, key);
		builder.claims.put("sub", UUID.randomUUID().toString());
		builder.claims.put("aud", List.of(issuer));
		builder.claims.put("subject_type", UUID.randomUUID().toString());
		return builder;
	}

	static TestTokenBuilder m2mToken(String issuer, RSAKey key) {
		TestTokenBuilder builder = new TestTokenBuilder(issuer, key);
		builder.claims.put("sub", UUID.randomUUID().toString());
		builder.claims.put("aud", List.of(issuer));
		builder.claims.put("subject_type", "_login_app");
		return builder;
	}

	static TestTokenBuilder idToken(String issuer, RSAKey key, String clientId) {
		TestTokenBuilder builder = new TestTokenBuilder(issuer, key);
		builder.claims.put("sub", UUID.randomUUID().toString());
		builder.claims.put("aud", List.of(clientId, issuer));
		builder.claims.put("azp", clientId);
		builder.claims.put("nonce", UUID.randomUUID().toString());
		builder.claims.put("subject_type", "_user");
		return builder;
	}

	/** The {@code sub} claim (a random UUID by default). */
	public TestTokenBuilder subject(String subject) {
		return claim("sub", subject);
	}

	/** The {@code scope} claim, space-separated; UserClouds itself sends none. */
	public TestTokenBuilder scopes(String... scopes) {
		return claim("scope", String.join(" ", scopes));
	}

	/** Replaces {@code aud} (the tenant URL by default for access tokens). */
	public TestTokenBuilder audience(String... audiences) {
		return claim("aud", List.of(audiences));
	}

	/** Adds audiences to {@code aud}, as UserClouds does for the audiences an M2M client asked for. */
	public TestTokenBuilder addAudience(String... audiences) {
		List<String> all = new ArrayList<>(audienceList());
		all.addAll(Arrays.asList(audiences));
		return claim("aud", all);
	}

	/** Replaces {@code iss} (the tenant URL by default). */
	public TestTokenBuilder issuer(String issuer) {
		return claim("iss", issuer);
	}

	/** Sets any claim; {@code null} removes it. {@code iat} and {@code exp} come from {@link #expiresIn} and {@link #expired}. */
	public TestTokenBuilder claim(String name, Object value) {
		if (value == null) {
			this.claims.remove(name);
		}
		else {
			this.claims.put(name, value);
		}
		return this;
	}

	/** How long the token is valid from now (one hour by default). */
	public TestTokenBuilder expiresIn(Duration lifetime) {
		this.issuedAt = Instant.now();
		this.lifetime = lifetime;
		return this;
	}

	/** Expired ten minutes ago, beyond the default clock skew. */
	public TestTokenBuilder expired() {
		this.issuedAt = Instant.now().minus(Duration.ofHours(1));
		this.lifetime = Duration.ofHours(1).minus(EXPIRED_FOR);
		return this;
	}

	/** The header {@code typ}: {@code JWT} by default; {@code at+jwt} marks an RFC 9068 access token. */
	public TestTokenBuilder type(String type) {
		this.type = (type != null) ? new JOSEObjectType(type) : null;
		return this;
	}

	/**
	 * Signs with a key the tenant does not publish, under the tenant key's id: a forged token whose signature does
	 * not verify.
	 */
	public TestTokenBuilder signedByAnotherKey() {
		try {
			this.signWith = new RSAKeyGenerator(2048).keyID(this.signingKey.getKeyID())
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return this;
	}

	/** The signed, serialized token. */
	public String build() {
		JWTClaimsSet.Builder claimsSet = new JWTClaimsSet.Builder();
		this.claims.forEach(claimsSet::claim);
		claimsSet.issueTime(Date.from(this.issuedAt)).expirationTime(Date.from(this.issuedAt.plus(this.lifetime)));
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.signingKey.getKeyID())
			.type(this.type)
			.build();
		SignedJWT jwt = new SignedJWT(header, claimsSet.build());
		try {
			jwt.sign(new RSASSASigner(this.signWith));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not sign the test token", ex);
		}
		return jwt.serialize();
	}

	@Override
	public String toString() {
		return "TestTokenBuilder" + this.claims;
	}

	private List<String> audienceList() {
		Object aud = this.claims.get("aud");
		if (aud instanceof List<?> list) {
			return list.stream().map(String::valueOf).toList();
		}
		return (aud != null) ? List.of(String.valueOf(aud)) : List.of();
	}

}
