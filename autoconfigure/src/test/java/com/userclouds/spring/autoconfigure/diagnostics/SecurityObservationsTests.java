package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Security's observations follow what the application's observation registry records: switched off by
 * Spring Boot's {@code management.observations.enable.*}, they are not wrapped around the filter chains at all.
 */
class SecurityObservationsTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, TenantAutoConfiguration.class,
				DiagnosticsAutoConfiguration.class))
		.withUserConfiguration(AHandler.class)
		.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com");

	@Test
	void observesEverythingTheRegistryRecords() {
		this.runner.run((context) -> {
			SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
			assertThat(settings.shouldObserveRequests()).isTrue();
			assertThat(settings.shouldObserveAuthentications()).isTrue();
			assertThat(settings.shouldObserveAuthorizations()).isTrue();
		});
	}

	@Test
	void observesNothingWhenAllObservationsAreOff() {
		this.runner.withPropertyValues("management.observations.enable.all=false").run((context) -> {
			SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
			assertThat(settings.shouldObserveRequests()).isFalse();
			assertThat(settings.shouldObserveAuthentications()).isFalse();
			assertThat(settings.shouldObserveAuthorizations()).isFalse();
		});
	}

	@Test
	void followsEachObservationName() {
		this.runner.withPropertyValues("management.observations.enable.spring.security.authentications=false")
			.run((context) -> {
				SecurityObservationSettings settings = context.getBean(SecurityObservationSettings.class);
				assertThat(settings.shouldObserveAuthentications()).isFalse();
				assertThat(settings.shouldObserveRequests()).isTrue();
				assertThat(settings.shouldObserveAuthorizations()).isTrue();
			});
		this.runner
			.withPropertyValues("management.observations.enable.spring.security.filterchains=false",
					"management.observations.enable.spring.security.http=false")
			.run((context) -> assertThat(context.getBean(SecurityObservationSettings.class).shouldObserveRequests())
				.isFalse());
	}

	@Test
	void observesNothingWithoutAHandler() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(ObservationAutoConfiguration.class, TenantAutoConfiguration.class,
					DiagnosticsAutoConfiguration.class))
			.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com")
			.run((context) -> assertThat(context.getBean(SecurityObservationSettings.class).shouldObserveRequests())
				.isFalse());
	}

	@Test
	void noSettingsWithoutARegistry() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class, DiagnosticsAutoConfiguration.class))
			.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com")
			.run((context) -> assertThat(context).doesNotHaveBean(SecurityObservationSettings.class));
	}

	@Test
	void backsOffFromTheApplicationsSettings() {
		this.runner.withUserConfiguration(OwnSettings.class)
			.withPropertyValues("management.observations.enable.all=false")
			.run((context) -> assertThat(context.getBean(SecurityObservationSettings.class))
				.isSameAs(OwnSettings.SETTINGS));
	}

	/** A registry without handlers records nothing (it is a no-op): this one makes it record. */
	@Configuration(proxyBeanMethods = false)
	static class AHandler {

		@Bean
		ObservationHandler<Observation.Context> anyContextHandler() {
			return (context) -> true;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnSettings {

		static final SecurityObservationSettings SETTINGS = SecurityObservationSettings.withDefaults().build();

		@Bean
		SecurityObservationSettings ownSettings() {
			return SETTINGS;
		}

	}

}
