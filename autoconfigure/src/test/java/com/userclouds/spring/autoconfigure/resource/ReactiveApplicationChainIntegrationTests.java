package com.userclouds.spring.autoconfigure.resource;

import org.springframework.context.annotation.Import;

/**
 * {@link ResourceServerIntegrationTests} on WebFlux through an application's own chain built with
 * {@link UserCloudsReactiveResourceServer}.
 */
@FullStackTests.ReactiveStack
@Import(ApplicationApiChains.Reactive.class)
class ReactiveApplicationChainIntegrationTests extends ResourceServerIntegrationTests {

	@Override
	int largeHeaderLength() {
		// Reactor Netty refuses headers over 8 KiB (431) before the application sees them
		return 6_000;
	}

}
