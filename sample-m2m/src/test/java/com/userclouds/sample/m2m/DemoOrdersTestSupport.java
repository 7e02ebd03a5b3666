package com.userclouds.sample.m2m;

import java.time.Instant;
import java.util.Date;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Answers of a fake UserClouds tenant and API. The token is signed with a throwaway key: the demo client only reads
 * its {@code exp}; the API is a MockWebServer too.
 */
final class DemoOrdersTestSupport {

	static final String SECRET = "orders-secret-never-shown";

	private DemoOrdersTestSupport() {
	}

	/**
	 * Points the sample's tenant (token endpoint), its client {@code orders} and its API base URL at one server.
	 */
	static void tenantAndApi(DynamicPropertyRegistry registry, MockWebServer server) {
		registry.add("userclouds.tenant-url", () -> server.url("/").toString());
		registry.add("userclouds.endpoints.token", () -> server.url("/oidc/token").toString());
		registry.add("userclouds.m2m.clients.orders.client-id", () -> "orders-client");
		registry.add("userclouds.m2m.clients.orders.client-secret", () -> SECRET);
		registry.add("sample.api-base-url", () -> server.url("/").toString().replaceAll("/$", ""));
	}

	/** A client-credentials answer like UserClouds': no expires_in, a JWT whose exp is its lifetime. */
	static MockResponse tokenResponse(String accessToken) {
		return json(200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\"}");
	}

	static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

	static String accessToken() {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("6f1f5c36-7b0e-4c53-9d7e-2f3c3a1b9e01")
			.claim("subject_type", "_login_app")
			.expirationTime(Date.from(Instant.now().plusSeconds(86400)))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
		try {
			jwt.sign(new MACSigner("0123456789abcdef0123456789abcdef"));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

}
