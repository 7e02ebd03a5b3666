package com.userclouds.sample.webflux;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no tenant configured the sample runs on the local tenant, which brings Tomcat to the classpath: the sample
 * stays a WebFlux application while the tenant serves from a servlet context of its own, and the whole M2M loop
 * works against it. The tenant takes a free port here, never one another build is using.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "userclouds.local-tenant.port=0",
				"userclouds.local-tenant.key-file=target/local-tenant/signing-key.json" })
// the default 5 s is too short for a first request on a busy machine (Reactor Netty and Jackson warming up)
@AutoConfigureWebTestClient(timeout = "30s")
class LocalTenantTests {

	@Autowired
	private ApplicationContext context;

	@Autowired
	private WebTestClient client;

	@Test
	void theSampleIsReactive() {
		assertThat(this.context).isInstanceOf(ReactiveWebServerApplicationContext.class);
		assertThat(this.context.getEnvironment().getProperty("userclouds.tenant-url")).startsWith("http://localhost:");
	}

	@Test
	void demoOrdersCallsTheApiWithATokenOfTheLocalTenant() {
		this.client.get()
			.uri("/demo/orders")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].item")
			.isEqualTo("keyboard");
	}

}
