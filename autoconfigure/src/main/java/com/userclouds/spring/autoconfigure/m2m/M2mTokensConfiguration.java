package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

@Configuration(proxyBeanMethods = false)
class M2mTokensConfiguration {

	@Bean
	@ConditionalOnMissingBean
	M2mClientRegistrations userCloudsM2mClientRegistrations(M2mProperties properties, UserCloudsTenant tenant) {
		return new M2mClientRegistrations(properties, tenant);
	}

	@Bean
	@ConditionalOnMissingBean
	M2mAccessTokens userCloudsM2mAccessTokens(M2mProperties properties, ClientRegistrationRepository registrations) {
		return new M2mAccessTokens(properties, registrations);
	}

	/**
	 * Spring Security's default {@code OAuth2AuthorizedClientManager} takes its client-credentials token client from
	 * a bean of this type, so {@code @ClientRegistrationId("orders")} gets the cached tokens too.
	 */
	@Bean
	@ConditionalOnMissingBean
	CachedClientCredentialsTokenResponseClient userCloudsM2mTokenResponseClient(M2mAccessTokens tokens) {
		return new CachedClientCredentialsTokenResponseClient(tokens);
	}

}
