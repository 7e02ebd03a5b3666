package com.userclouds.spring.autoconfigure.resource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * {@link ResourceServerIntegrationTests} on the reactive stack: WebFlux on a real Reactor Netty server, with BlockHound
 * watching its event loops.
 */
@SpringBootTest(classes = ResourceServerTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = WebStack.REACTIVE)
class ReactiveResourceServerIntegrationTests extends ResourceServerIntegrationTests {

	@LocalServerPort
	private int port;

	@Override
	WebTestClient client() {
		return WebStack.reactive(this.port);
	}

	@Override
	int largeHeaderLength() {
		// Reactor Netty refuses headers over 8 KiB (431) before the application sees them
		return 6_000;
	}

}
