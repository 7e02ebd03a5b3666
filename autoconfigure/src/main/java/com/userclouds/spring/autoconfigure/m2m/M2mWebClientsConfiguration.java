package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * WebClients for the M2M clients in any application that has WebClient, not only reactive web applications: a
 * servlet application calling APIs with WebClient wants the same tokens.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(WebClient.class)
class M2mWebClientsConfiguration {

	/**
	 * Builds on Spring Boot's {@code WebClient.Builder} when there is one, so the application's codecs,
	 * observations and {@code WebClientCustomizer}s apply to the M2M clients too.
	 */
	@Bean
	@ConditionalOnMissingBean
	UserCloudsWebClients userCloudsWebClients(M2mAccessTokens tokens, M2mProperties properties,
			ObjectProvider<WebClient.Builder> builders) {
		return new UserCloudsWebClients(tokens, properties, () -> builders.getIfAvailable(WebClient::builder));
	}

}
