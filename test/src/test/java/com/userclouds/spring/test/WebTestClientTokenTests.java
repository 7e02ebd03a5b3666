package com.userclouds.spring.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.boot.web.context.reactive.ReactiveWebApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;

import static com.userclouds.spring.test.BearerTokens.bearerHeader;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The same application on WebFlux, tested with {@link WebTestClient}: the test tenant's tokens go through the
 * reactive chain's real decoder, over a running Reactor Netty server and without one (a subclass each).
 * {@code OrdersTestApplication} is reactive by property, since this module's tests have Spring MVC on the classpath
 * too.
 */
@AutoConfigureWebTestClient
@UserCloudsTestTenant
abstract class WebTestClientTokenTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private TestTenant tenant;

	@Test
	void theApplicationRunsOnWebFlux(@Autowired ApplicationContext context) {
		assertThat(context).isInstanceOf(ReactiveWebApplicationContext.class);
	}

	@Test
	void aUserAccessTokenWithTheScopePasses() {
		this.client.get()
			.uri("/api/orders")
			.headers(bearerHeader(this.tenant.accessToken().subject("u1").scopes("orders:read")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0]")
			.isEqualTo("keyboard");
	}

	@Test
	void theSubjectReachesTheController() {
		this.client.get()
			.uri("/api/whoami")
			.headers(bearerHeader(this.tenant.m2mToken().subject("orders-app")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sub")
			.isEqualTo("orders-app");
	}

	@Test
	void aTokenWithoutTheScopeIsForbidden() {
		this.client.get()
			.uri("/api/orders")
			.headers(bearerHeader(this.tenant.accessToken().scopes("orders:write")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).contains("insufficient_scope"));
	}

	@Test
	void badTokensAreRefusedEachForItsReason() {
		assertRefused(this.tenant.accessToken().scopes("orders:read").expired(), "expired");
		assertRefused(this.tenant.accessToken().scopes("orders:read").audience("https://other.example.com"), "aud");
		assertRefused(this.tenant.idToken().scopes("orders:read"), "Not an access token");
		assertRefused(this.tenant.accessToken().scopes("orders:read").signedByAnotherKey(), "signature");
		assertRefused(this.tenant.accessToken().scopes("orders:read").issuer("https://evil.example.com"), "iss");
	}

	@Test
	void noTokenIsUnauthorized() {
		this.client.get().uri("/api/orders").exchange().expectStatus().isUnauthorized();
	}

	private void assertRefused(TestTokenBuilder token, String reason) {
		this.client.get()
			.uri("/api/orders")
			.headers(bearerHeader(token))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).contains(reason));
	}

}
