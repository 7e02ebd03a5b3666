package com.userclouds.sample.webflux;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static com.userclouds.spring.test.BearerTokens.bearerHeader;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

/**
 * The sample's API over real HTTP (Reactor Netty), with machine-to-machine tokens signed by a test tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the default 5 s is too short for a first request on a busy machine (Reactor Netty and Jackson warming up)
@AutoConfigureWebTestClient(timeout = "30s")
@UserCloudsTestTenant
class OrdersApiTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private TestTenant tenant;

	@Test
	void readsOrdersWithTheReadScope() {
		this.client.get()
			.uri("/api/orders")
			.headers(bearerHeader(token("orders:read")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].item")
			.isEqualTo("keyboard");
	}

	@Test
	void createsOrdersWithTheWriteScopeOnly() {
		Map<String, Object> order = Map.of("item", "mouse", "quantity", 2);
		this.client.post()
			.uri("/api/orders")
			.headers(bearerHeader(token("orders:read")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(order)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					allOf(containsString("error=\"insufficient_scope\""), containsString("scope=\"orders:write\"")));
		this.client.post()
			.uri("/api/orders")
			.headers(bearerHeader(token("orders:write")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(order)
			.exchange()
			.expectStatus()
			.isCreated()
			.expectBody()
			.jsonPath("$.item")
			.isEqualTo("mouse")
			.jsonPath("$.quantity")
			.isEqualTo(2);
	}

	@Test
	void refusesCallsWithoutAToken() {
		this.client.get()
			.uri("/api/orders")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer"));
	}

	@Test
	void refusesAnIdToken() {
		this.client.get()
			.uri("/api/orders")
			.headers(bearerHeader(this.tenant.idToken().scopes("orders:read")))
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\""));
	}

	@Test
	void tellsTheCallerWhoItIs() {
		this.client.get()
			.uri("/api/whoami")
			.headers(bearerHeader(this.tenant.m2mToken().subject("app-42").scopes("orders:read", "orders:write")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.sub")
			.isEqualTo("app-42")
			.jsonPath("$.scopes")
			.isEqualTo(List.of("orders:read", "orders:write"));
	}

	@Test
	void pingNeedsNoToken() {
		this.client.get()
			.uri("/public/ping")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("ok");
	}

	/** A UserClouds machine-to-machine access token with the given scope. */
	private String token(String scope) {
		return this.tenant.m2mToken().scopes(scope).build();
	}

}
