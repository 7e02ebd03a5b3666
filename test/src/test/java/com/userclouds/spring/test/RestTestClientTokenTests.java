package com.userclouds.spring.test;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.client.RestTestClient;

import static com.userclouds.spring.test.BearerTokens.bearerHeader;

/**
 * The same over real HTTP, with {@link RestTestClient}.
 */
@SpringBootTest(classes = OrdersTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UserCloudsTestTenant
class RestTestClientTokenTests {

	@Autowired
	private TestTenant tenant;

	@LocalServerPort
	private int port;

	private RestTestClient client() {
		return RestTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	@Test
	void aTokenWithTheScopePasses() {
		client().get()
			.uri("/api/orders")
			.headers(bearerHeader(this.tenant.accessToken().scopes("orders:read")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("[\"keyboard\"]");
	}

	@Test
	void noTokenIsUnauthorized() {
		client().get().uri("/api/orders").exchange().expectStatus().isUnauthorized();
	}

	@Test
	void anIdTokenIsUnauthorized() {
		client().get()
			.uri("/api/orders")
			.headers(bearerHeader(this.tenant.idToken()))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

}
