package com.userclouds.spring.autoconfigure;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.junit.jupiter.api.Test;


import com.userclouds.spring.autoconfigure.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

class ThrottledWarningsTests {

	private final List<String> lines = new ArrayList<>();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-12-04T06:00:00Z"));

	private final ThrottledWarnings warnings = new ThrottledWarnings(log(), this.clock);

	@Test
	void warnsOncePerIntervalPerKeyAndCountsWhatItLeftOut() {
		this.warnings.warn("orders", "orders refused");
		this.warnings.warn("orders", "orders refused");
		this.warnings.warn("billing", "billing refused");
		this.warnings.warn("orders", "orders refused");
		this.clock.advance(Duration.ofSeconds(59));
		this.warnings.warn("orders", "orders refused");
		this.clock.advance(Duration.ofSeconds(1));
		this.warnings.warn("orders", "orders refused");
		this.warnings.warn("orders", "orders refused");
		this.clock.advance(Duration.ofMinutes(1));
		this.warnings.warn("orders", "orders refused");
		this.clock.advance(Duration.ofMinutes(1));
		this.warnings.warn("orders", "orders refused");
		assertThat(this.lines).containsExactly("orders refused", "billing refused",
				"orders refused (repeated 3 times since the last warning)",
				"orders refused (repeated 1 time since the last warning)", "orders refused");
	}

	private Log log() {
		Log log = mock(Log.class);
		willAnswer((invocation) -> this.lines.add(invocation.getArgument(0))).given(log).warn(any());
		return log;
	}

}
