package com.userclouds.spring.autoconfigure.resource;

import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;

/**
 * How the full-stack suites reach the application on each stack, so one suite runs on both: servlet through MockMvc,
 * reactive through a real Reactor Netty server (its event-loop threads are what BlockHound watches).
 */
final class WebStack {

	/** What a reactive suite's {@code @SpringBootTest} sets: the test application runs on WebFlux. */
	static final String REACTIVE = "spring.main.web-application-type=reactive";

	private WebStack() {
	}

	static WebTestClient servlet(MockMvc mvc) {
		return MockMvcWebTestClient.bindTo(mvc).build();
	}

	static WebTestClient reactive(int port) {
		EventLoopBlockingCalls.watch();
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).build();
	}

}
