package com.userclouds.sample.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static com.userclouds.spring.test.BearerTokens.bearerHeader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;

/**
 * What operations see, without a token: health (its status and the names of its probe groups, nothing more), and
 * metrics. Same context as {@link OrdersApiTests}, so the tenant is reachable and the application up.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// the default 5 s is too short for a first request on a busy machine (Reactor Netty and Jackson warming up)
@AutoConfigureWebTestClient(timeout = "30s")
@UserCloudsTestTenant
class ActuatorTests {

	@Autowired
	private WebTestClient client;

	@Autowired
	private TestTenant tenant;

	@Test
	void healthIsPublicAndSaysTheStatusOnly() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo("UP")
			.jsonPath("$.groups")
			.value(containsInAnyOrder("readiness", "liveness"))
			.jsonPath("$.components")
			.doesNotExist()
			.jsonPath("$.details")
			.doesNotExist();
	}

	@Test
	void readinessAndLivenessGroupsAnswer() {
		for (String group : new String[] { "readiness", "liveness" }) {
			this.client.get()
				.uri("/actuator/health/" + group)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo("UP");
		}
	}

	@Test
	void metricsAreExposedWithTheServersRequests() {
		this.client.get().uri("/public/ping").exchange().expectStatus().isOk();
		this.client.get()
			.uri("/actuator/metrics")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.names")
			.value(hasItem("http.server.requests"));
	}

	@Test
	void theStartersTokenValidationsAreCounted() {
		this.client.get()
			.uri("/api/whoami")
			.headers(bearerHeader(this.tenant.m2mToken()))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/actuator/metrics/userclouds.token.validations?tag=outcome:valid")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.measurements[0].value")
			.value(Double.class, (count) -> assertThat(count).isGreaterThanOrEqualTo(1.0));
	}

	@Test
	void onlyHealthAndMetricsAreExposed() {
		this.client.get().uri("/actuator/env").exchange().expectStatus().isNotFound();
		this.client.get().uri("/actuator/beans").exchange().expectStatus().isNotFound();
	}

}
