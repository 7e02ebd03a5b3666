package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.userclouds.spring.autoconfigure.resource.ValidatedTokenCacheStatistics;

/**
 * Wraps the starter's own {@code JwtDecoder} (bean {@value #DECODER_BEAN}) in a {@link MeasuredJwtDecoder}, and binds
 * the meters of its validated-token cache when it has one. A decoder the application declares instead is left alone.
 */
final class TokenValidationMetricsPostProcessor implements BeanPostProcessor {

	static final String DECODER_BEAN = "userCloudsJwtDecoder";

	private final ObjectProvider<MeterRegistry> registry;

	TokenValidationMetricsPostProcessor(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry;
	}

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (DECODER_BEAN.equals(beanName) && bean instanceof JwtDecoder decoder
				&& !(bean instanceof MeasuredJwtDecoder)) {
			MeterRegistry registry = this.registry.getObject();
			if (decoder instanceof ValidatedTokenCacheStatistics cache) {
				ValidatedTokenCacheMetrics.bind(cache, registry);
			}
			return new MeasuredJwtDecoder(decoder, registry);
		}
		return bean;
	}

}
