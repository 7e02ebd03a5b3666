package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;

/**
 * The application's {@link OAuth2AuthorizedClientManager} when it has none (an API without login; a login
 * application has the login's manager, which serves the M2M clients the same way): what Spring Security would build
 * by default, with the cached client-credentials tokens, but built on first use (see
 * {@link LazyAuthorizedClientManager}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class M2mAuthorizedClientManagerConfiguration {

	@Bean
	@ConditionalOnMissingBean(OAuth2AuthorizedClientManager.class)
	OAuth2AuthorizedClientManager userCloudsM2mAuthorizedClientManager(
			ObjectProvider<ClientRegistrationRepository> registrations,
			ObjectProvider<OAuth2AuthorizedClientRepository> authorizedClients,
			CachedClientCredentialsTokenResponseClient clientCredentialsTokens) {
		return new LazyAuthorizedClientManager(() -> {
			DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(
					registrations.getObject(), authorizedClients.getObject());
			manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
				.authorizationCode()
				.refreshToken()
				.clientCredentials((clientCredentials) -> clientCredentials.accessTokenResponseClient(clientCredentialsTokens))
				.build());
			return manager;
		});
	}

}
