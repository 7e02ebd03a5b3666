package com.userclouds.spring.autoconfigure.resource;

import org.springframework.context.annotation.Import;

/** {@link ResourceServerIntegrationTests} through an application's own chain built with {@link UserCloudsResourceServer}. */
@FullStackTests.ServletStack
@Import(ApplicationApiChains.Servlet.class)
class ServletApplicationChainIntegrationTests extends ResourceServerIntegrationTests {

	@Override
	int largeHeaderLength() {
		// MockMvc has no header limit
		return 200_000;
	}

}
