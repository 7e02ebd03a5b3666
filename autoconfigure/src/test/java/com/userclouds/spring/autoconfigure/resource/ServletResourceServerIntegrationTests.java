package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.Test;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link ResourceServerIntegrationTests} on the servlet stack, plus what only that stack has: the HTTP firewall,
 * {@code @RequireScopes} on beans other than controllers, and {@code Callable} controllers.
 */
@FullStackTests.ServletStack
class ServletResourceServerIntegrationTests extends ResourceServerIntegrationTests {

	@Override
	int largeHeaderLength() {
		// MockMvc has no header limit
		return 200_000;
	}

	@Test
	void scopesOnAControllerNeedNoProxyAndScopesOnOtherBeansAreEnforcedByMethodSecurity(
			@Autowired ResourceServerTestApplication.AdminController admin) {
		assertThat(AopUtils.isAopProxy(admin)).as("checked by the handler interceptor instead").isFalse();
		get("/api/admin", tenant.userAccessToken().scope("admin").sign()).expectStatus().isOk();
		get("/api/export", tenant.userAccessToken().scope("reports:export").sign()).expectStatus().isOk();
		get("/api/export", tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).contains("insufficient_scope", "scope=\"reports:export\""));
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
