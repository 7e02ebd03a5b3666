package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security's observations switched off where the application's {@link ObservationRegistry} would not record
 * them anyway ({@link SecurityObservations}). An application's own {@link SecurityObservationSettings} wins.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass({ ObservationRegistry.class, SecurityObservationSettings.class })
@ConditionalOnBean(ObservationRegistry.class)
class SecurityObservationsConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SecurityObservationSettings userCloudsSecurityObservationSettings(ObservationRegistry registry) {
		return SecurityObservations.settings(registry);
	}

}
