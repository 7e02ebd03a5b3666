package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.HealthIndicator;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;
import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * {@link HealthEndpointTests.TenantUp} on WebFlux, where the tenant probe's blocking I/O must stay off the event loops.
 */
@WebStackTests.ReactiveStack
class ReactiveHealthEndpointTests extends HealthEndpointTests.TenantUp {

	/** What makes the BlockHound check after each test mean something: the probe's I/O is caught where it blocks. */
	@Test
	void theTenantProbeWouldBeCaughtBlockingAnEventLoop(@Autowired HealthIndicator userCloudsTenantHealthIndicator) {
		EventLoopBlockingCalls.watch();
		assertThatExceptionOfType(RuntimeException.class)
			.isThrownBy(() -> Mono.fromCallable(userCloudsTenantHealthIndicator::health)
				.subscribeOn(Schedulers.parallel())
				.block())
			.withRootCauseInstanceOf(BlockingOperationError.class);
		assertThat(EventLoopBlockingCalls.takeSeen()).isNotEmpty();
	}

}
