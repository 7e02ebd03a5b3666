package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.userclouds.spring.autoconfigure.resource.ResourceServerAutoConfiguration;
import com.userclouds.spring.autoconfigure.resource.UserCloudsJwtDecoder;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conditions and back-off of the diagnostics auto-configuration.
 */
class DiagnosticsAutoConfigurationTests {

	private static final String INDICATOR = "userCloudsTenantHealthIndicator";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class, DiagnosticsAutoConfiguration.class))
		.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com");

	@Test
	void registersTheTenantHealthIndicatorInTheReadinessGroup() {
		this.runner.run((context) -> {
			assertThat(context).hasBean(INDICATOR);
			assertThat(context).hasSingleBean(ReadinessGroupPostProcessor.class);
		});
	}

	@Test
	void noHealthIndicatorWhenSwitchedOff() {
		this.runner.withPropertyValues("management.health.userclouds.enabled=false").run((context) -> {
			assertThat(context).doesNotHaveBean(INDICATOR);
			assertThat(context).doesNotHaveBean(ReadinessGroupPostProcessor.class);
		});
	}

	@Test
	void noHealthIndicatorWithoutSpringBootHealth() {
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class)).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(INDICATOR);
		});
	}

	@Test
	void outOfTheReadinessGroupOnRequest() {
		this.runner.withPropertyValues("userclouds.diagnostics.health.readiness=false").run((context) -> {
			assertThat(context).hasBean(INDICATOR);
			assertThat(context).doesNotHaveBean(ReadinessGroupPostProcessor.class);
		});
	}

	@Test
	void backsOffFromTheApplicationsIndicatorOfTheSameName() {
		this.runner.withUserConfiguration(OwnIndicator.class).run((context) -> {
			assertThat(context.getBean(INDICATOR)).isSameAs(OwnIndicator.INDICATOR);
		});
	}

	@Test
	void noMetricsWithoutAMeterRegistry() {
		this.runner.withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(TenantEventMetrics.class);
			assertThat(context).doesNotHaveBean(TokenValidationMetricsPostProcessor.class);
			// the decoder and its cache are left as they are: nothing would read their counts
			assertThat(context.getBean(JwtDecoder.class)).isInstanceOfSatisfying(UserCloudsJwtDecoder.class,
					(decoder) -> assertThat(decoder.cacheStatistics()).isPresent());
		});
	}

	@Test
	void noMetricsWithoutMicrometer() {
		this.runner.withUserConfiguration(Registry.class)
			.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).doesNotHaveBean(TenantEventMetrics.class));
	}

	@Test
	void metricsWithAMeterRegistry() {
		this.runner.withUserConfiguration(Registry.class).run((context) -> {
			assertThat(context).hasSingleBean(TenantEventMetrics.class);
			assertThat(context).hasSingleBean(TokenValidationMetricsPostProcessor.class);
		});
	}

	@Test
	void validatedTokenCacheMetersWithAMeterRegistry() {
		this.runner.withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class))
			.withUserConfiguration(Registry.class)
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.get(ValidatedTokenCacheMetrics.METER).tag("result", "hit").functionCounter().count())
					.isZero();
				assertThat(registry.get(ValidatedTokenCacheMetrics.METER).tag("result", "miss").functionCounter().count())
					.isZero();
				assertThat(context.getBean(JwtDecoder.class)).isInstanceOf(MeasuredJwtDecoder.class);
			});
	}

	@Test
	void noValidatedTokenCacheMetersWhenTheCacheIsOff() {
		this.runner.withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class))
			.withUserConfiguration(Registry.class)
			.withPropertyValues("userclouds.resource-server.cache.enabled=false")
			.run((context) -> {
				MeterRegistry registry = context.getBean(MeterRegistry.class);
				assertThat(registry.find(ValidatedTokenCacheMetrics.METER).meters()).isEmpty();
				assertThat(registry.find(MeasuredJwtDecoder.METER).counters()).isNotEmpty();
			});
	}

	@Test
	void measuresTheStartersDecoderByTypeNotByBeanName() {
		this.runner.withConfiguration(AutoConfigurations.of(ResourceServerAutoConfiguration.class))
			.withUserConfiguration(Registry.class, OwnDecoderUnderTheStartersName.class)
			.run((context) -> {
				assertThat(context.getBean("userCloudsJwtDecoder")).isSameAs(OwnDecoderUnderTheStartersName.DECODER);
				assertThat(context.getBean(MeterRegistry.class).find(MeasuredJwtDecoder.METER).counters()).isEmpty();
			});
	}

	@Test
	void allOfItInAReactiveApplicationWithoutTheServletApi() {
		new ReactiveWebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class,
					ResourceServerAutoConfiguration.class, DiagnosticsAutoConfiguration.class,
					ReactiveWebSecurityAutoConfiguration.class))
			.withClassLoader(new FilteredClassLoader("jakarta.servlet", "org.springframework.web.servlet"))
			.withUserConfiguration(Registry.class)
			.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasBean(INDICATOR);
				assertThat(context).hasSingleBean(ReadinessGroupPostProcessor.class);
				assertThat(context).hasSingleBean(TenantEventMetrics.class);
				assertThat(context).hasSingleBean(StartupReport.class);
				// the reactive decoder is built on this one, so its validations are counted
				assertThat(context.getBean(JwtDecoder.class)).isInstanceOf(MeasuredJwtDecoder.class);
				assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
			});
	}

	@Test
	void metricsBackOffFromTheApplicationsOwn() {
		this.runner.withUserConfiguration(Registry.class, OwnMetrics.class)
			.run((context) -> assertThat(context.getBean(TenantEventMetrics.class)).isSameAs(OwnMetrics.METRICS));
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnIndicator {

		static final HealthIndicator INDICATOR = () -> Health.up().build();

		@Bean
		HealthIndicator userCloudsTenantHealthIndicator() {
			return INDICATOR;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class Registry {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	/** The application's own decoder, which happens to have the name of the starter's. */
	@Configuration(proxyBeanMethods = false)
	static class OwnDecoderUnderTheStartersName {

		static final JwtDecoder DECODER = (token) -> {
			throw new BadJwtException("never valid");
		};

		@Bean
		JwtDecoder userCloudsJwtDecoder() {
			return DECODER;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnMetrics {

		static final TenantEventMetrics METRICS = new TenantEventMetrics(new SimpleMeterRegistry());

		@Bean
		TenantEventMetrics ownTenantEventMetrics() {
			return METRICS;
		}

	}

}
