package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;

import com.userclouds.spring.autoconfigure.resource.ValidatedTokenCacheStatistics;

/**
 * The validated-token cache's hits and misses ({@code userclouds.token.cache}, tag {@code result}). Function
 * counters: the registry reads the cache's own counts when it is scraped, because the cache sits on the path of every
 * protected request and a counter increment per lookup is what the cache is there to save.
 */
final class ValidatedTokenCacheMetrics {

	static final String METER = "userclouds.token.cache";

	private static final String DESCRIPTION = "Bearer tokens looked up in the UserClouds starter's validated-token cache";

	private ValidatedTokenCacheMetrics() {
	}

	static void bind(ValidatedTokenCacheStatistics cache, MeterRegistry registry) {
		FunctionCounter.builder(METER, cache, ValidatedTokenCacheStatistics::hitCount)
			.description(DESCRIPTION)
			.tag("result", "hit")
			.register(registry);
		FunctionCounter.builder(METER, cache, ValidatedTokenCacheStatistics::missCount)
			.description(DESCRIPTION)
			.tag("result", "miss")
			.register(registry);
	}

}
