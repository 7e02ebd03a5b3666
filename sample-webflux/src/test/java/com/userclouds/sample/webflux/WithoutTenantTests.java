package com.userclouds.sample.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

/**
 * With only {@code userclouds.tenant-url} set, and nothing answering there, the sample starts all the same:
 * {@code /demo/orders} says which properties to set, and the tenant's outage takes the application out of readiness
 * without failing liveness.
 */
@SpringBootTest(properties = "userclouds.tenant-url=http://127.0.0.1:1")
// the default 5 s is too short for a first request on a busy machine (Reactor Netty and Jackson warming up)
@AutoConfigureWebTestClient(timeout = "30s")
class WithoutTenantTests {

	@Autowired
	private WebTestClient client;

	@Test
	void demoOrdersAnswers503NamingTheMissingProperties() {
		this.client.get()
			.uri("/demo/orders")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.detail")
			.value(String.class, allOf(containsString("userclouds.m2m.clients.orders.client-id"),
					containsString("userclouds.m2m.clients.orders.client-secret")));
	}

	@Test
	void notReadyButAlive() {
		this.client.get()
			.uri("/actuator/health/readiness")
			.exchange()
			.expectStatus()
			.isEqualTo(503)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("DOWN");
		this.client.get()
			.uri("/actuator/health/liveness")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP");
	}

}
