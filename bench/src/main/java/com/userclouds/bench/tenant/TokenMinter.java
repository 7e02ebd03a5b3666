package com.userclouds.bench.tenant;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
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
 * Mints access tokens shaped like UserClouds machine-to-machine tokens (RS256, 2048-bit key with a {@code kid},
 * {@code typ: JWT}, {@code sub} = an app UUID, {@code aud} = [tenant URL], {@code subject_type: "_login_app"}), plus
 * a {@code scope} claim so that the apps' scope checks have something to check.
 */
public final class TokenMinter {

	private final String issuer;

	public TokenMinter(String issuer) {
		this.issuer = issuer;
	}

	public String mint(RSAKey key, String scope, Duration lifetime) {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(UUID.randomUUID().toString())
			.audience(List.of(this.issuer))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.jwtID(UUID.randomUUID().toString())
			.claim("subject_type", "_login_app")
			.claim("organization_id", UUID.randomUUID().toString())
			.claim("scope", scope)
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	public static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
