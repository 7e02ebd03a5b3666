package com.userclouds.spring.autoconfigure.resource;

/** {@link ResourceServerIntegrationTests} on WebFlux, with BlockHound watching the event loops. */
@FullStackTests.ReactiveStack
class ReactiveResourceServerIntegrationTests extends ResourceServerIntegrationTests {

	@Override
	int largeHeaderLength() {
		// Reactor Netty refuses headers over 8 KiB (431) before the application sees them
		return 6_000;
	}

}
