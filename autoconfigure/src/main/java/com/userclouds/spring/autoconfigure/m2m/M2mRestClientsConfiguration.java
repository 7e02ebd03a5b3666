package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class M2mRestClientsConfiguration {

	/**
	 * Builds on Spring Boot's {@code RestClient.Builder} when there is one, so the application's message converters,
	 * observations and customizers apply to the M2M clients too.
	 */
	@Bean
	@ConditionalOnMissingBean
	UserCloudsRestClients userCloudsRestClients(M2mAccessTokens tokens, M2mProperties properties,
			ObjectProvider<RestClient.Builder> builders) {
		return new UserCloudsRestClients(tokens, properties, () -> builders.getIfAvailable(RestClient::builder));
	}

}
