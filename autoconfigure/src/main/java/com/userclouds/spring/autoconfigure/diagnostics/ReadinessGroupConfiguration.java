package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the tenant health indicator in the actuator's {@code readiness} group. Switched off with
 * {@code userclouds.diagnostics.health.readiness=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = { "org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor",
		"org.springframework.boot.actuate.endpoint.SecurityContext" })
@ConditionalOnBooleanProperty(name = "userclouds.diagnostics.health.readiness", matchIfMissing = true)
class ReadinessGroupConfiguration {

	@Bean
	@ConditionalOnBean(name = TenantHealthConfiguration.CONTRIBUTOR_NAME + "HealthIndicator")
	static ReadinessGroupPostProcessor userCloudsReadinessGroupPostProcessor() {
		return new ReadinessGroupPostProcessor(TenantHealthConfiguration.CONTRIBUTOR_NAME);
	}

}
