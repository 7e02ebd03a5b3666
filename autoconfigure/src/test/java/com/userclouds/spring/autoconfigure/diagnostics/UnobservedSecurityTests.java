package com.userclouds.spring.autoconfigure.diagnostics;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.observation.ObservationPredicate;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With Spring Boot's observations switched off, a protected request does not even ask the registry about Spring
 * Security's observations: Spring Security was told not to wrap its chains, authentications and authorizations.
 */
@TestPropertySource(properties = "management.observations.enable.all=false")
@Import(UnobservedSecurityTests.AskedNames.class)
abstract class UnobservedSecurityTests extends DiagnosticsStackTests {

	@Autowired
	private AskedNames asked;

	@Test
	void aProtectedRequestCreatesNoSecurityObservation() {
		String token = tenant.accessToken(FakeTenant.USER, Duration.ofHours(1));
		this.asked.names.clear();
		client().get()
			.uri("/api/ping")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(this.asked.names).noneMatch((name) -> name.startsWith("spring.security."));
	}

	/** Asked first about every observation the application creates; decides nothing. */
	@TestConfiguration(proxyBeanMethods = false)
	static class AskedNames {

		final List<String> names = new CopyOnWriteArrayList<>();

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		ObservationPredicate recordingPredicate() {
			return (name, context) -> {
				this.names.add(name);
				return true;
			};
		}

	}

}
