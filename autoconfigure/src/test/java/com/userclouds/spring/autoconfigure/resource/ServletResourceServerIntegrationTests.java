package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;

/** {@link ResourceServerIntegrationTests} on the servlet stack, plus what only that stack has: the HTTP firewall. */
@FullStackTests.ServletStack
class ServletResourceServerIntegrationTests extends ResourceServerIntegrationTests {

	@Override
	int largeHeaderLength() {
		// MockMvc has no header limit
		return 200_000;
	}

	@Test
	void asyncControllersSeeTheAuthenticationOnTheirOwnThread() {
		TestToken token = tenant.m2mToken();
		get("/api/whoami/later", token.sign()).expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(token.claimsSet().getSubject());
	}

	@Test
	void authorizationWithAControlOrUnassignedCharacterIsRejectedByTheFirewall() {
		String token = tenant.userAccessToken().scope("orders:read").sign();
		get("/api/orders", token + "\u0007").expectStatus()
			.isBadRequest()
			.expectHeader()
			.doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
		get("/api/orders", token + "\u0378").expectStatus()
			.isBadRequest()
			.expectHeader()
			.doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
		// assigned and printable, so the firewall lets it through, but no token has it
		get("/api/orders", token + "\u00e4").expectStatus()
			.isUnauthorized()
			.expectHeader()
			.valueMatches(HttpHeaders.WWW_AUTHENTICATE, ".*Bearer token is malformed.*");
		get("/api/orders", token).expectStatus().isOk();
	}

}
