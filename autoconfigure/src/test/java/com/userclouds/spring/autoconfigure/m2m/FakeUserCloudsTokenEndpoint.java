package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mockwebserver3.MockResponse;

/**
 * Token responses shaped like UserClouds' client-credentials answers: no {@code expires_in}, no {@code scope}, an
 * RS256 JWT access token whose {@code exp} is its only lifetime, {@code sub} = the app's UUID and
 * {@code subject_type: "_login_app"}.
 */
final class FakeUserCloudsTokenEndpoint {

	static final String TOKEN_PATH = "/oidc/token";

	private static final RSAKey KEY = generateKey();

	private final AtomicInteger issued = new AtomicInteger();

	private final Clock clock;

	private final Duration lifetime;

	FakeUserCloudsTokenEndpoint(Clock clock, Duration lifetime) {
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/**
	 * A 200 answer with a new access token (each one distinct) valid for the endpoint's lifetime from its clock.
	 */
	MockResponse nextTokenResponse() {
		return tokenResponse(accessToken(this.clock.instant().plus(this.lifetime), this.issued.incrementAndGet()));
	}

	static MockResponse tokenResponse(String accessToken) {
		return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\"}");
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	static String accessToken(Instant expiresAt, int serial) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer("https://acme-prod.tenant.userclouds.com")
			.subject("6f1f5c36-7b0e-4c53-9d7e-2f3c3a1b9e01")
			.audience(List.of("https://api.example.com", "https://acme-prod.tenant.userclouds.com"))
			.claim("subject_type", "_login_app")
			.jwtID("token-" + serial)
			.issueTime(Date.from(expiresAt.minusSeconds(86400)))
			.expirationTime(Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID()).build(), claims);
		try {
			jwt.sign(new RSASSASigner(KEY));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("test-key").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
