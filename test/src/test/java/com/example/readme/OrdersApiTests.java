package com.example.readme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static com.userclouds.spring.test.BearerTokens.bearerHeader;

// the property only matters when Spring MVC is on the classpath too: Spring Boot would pick it
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
@AutoConfigureWebTestClient
@UserCloudsTestTenant
class OrdersApiTests {

	@Autowired WebTestClient client;

	@Autowired TestTenant tenant;

	@Test
	void readsOrders() {
		client.get().uri("/api/orders")
			.headers(bearerHeader(tenant.accessToken().subject("u1").scopes("orders:read")))
			.exchange()
			.expectStatus().isOk();
	}

	@Test
	void refusesAnExpiredToken() {
		client.get().uri("/api/orders")
			.headers(bearerHeader(tenant.accessToken().scopes("orders:read").expired()))
			.exchange()
			.expectStatus().isUnauthorized();
	}

}
