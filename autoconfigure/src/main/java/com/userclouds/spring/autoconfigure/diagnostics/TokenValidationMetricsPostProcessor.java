package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;

import com.userclouds.spring.autoconfigure.resource.UserCloudsJwtDecoder;

/**
 * Wraps the starter's own {@code JwtDecoder} (a {@link UserCloudsJwtDecoder}, whatever its bean name) in a
 * {@link MeasuredJwtDecoder}, and binds the meters of its validated-token cache when it has one. A decoder the
 * application declares instead is left alone.
 */
final class TokenValidationMetricsPostProcessor implements BeanPostProcessor {

	private final ObjectProvider<MeterRegistry> registry;

	TokenValidationMetricsPostProcessor(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof UserCloudsJwtDecoder decoder) {
			MeterRegistry registry = this.registry.getObject();
			decoder.cacheStatistics().ifPresent((cache) -> ValidatedTokenCacheMetrics.bind(cache, registry));
			return new MeasuredJwtDecoder(decoder, registry);
		}
		return bean;
	}

}
