package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The starter's counters, when the application has a Micrometer {@link MeterRegistry}. Every tag comes from a fixed
 * set or from configuration (M2M client names, the login flow), never from tokens or requests.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
class MetricsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	TenantEventMetrics userCloudsTenantEventMetrics(MeterRegistry registry) {
		return new TenantEventMetrics(registry);
	}

	/** Static: a post-processor is created before the other beans of this configuration. */
	@Bean
	static TokenValidationMetricsPostProcessor userCloudsTokenValidationMetricsPostProcessor(
			ObjectProvider<MeterRegistry> registry) {
		return new TokenValidationMetricsPostProcessor(registry);
	}

}
