package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Cached tokens for Spring Security's reactive client support, whose token clients are all built on WebClient. In
 * any application that has WebClient: a reactive {@code ReactiveOAuth2AuthorizedClientManager} may be built outside
 * a reactive web application too (a servlet application calling APIs with WebClient, a batch job).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(WebClient.class)
class M2mReactiveTokensConfiguration {

	/**
	 * Spring Security's default {@code ReactiveOAuth2AuthorizedClientManager} takes its client-credentials token
	 * client from a bean of this type, so an application with a manager or registrations of its own gets the cached
	 * tokens too.
	 */
	@Bean
	@ConditionalOnMissingBean
	CachedReactiveClientCredentialsTokenResponseClient userCloudsM2mReactiveTokenResponseClient(
			M2mAccessTokens tokens) {
		return new CachedReactiveClientCredentialsTokenResponseClient(tokens);
	}

}
