package com.userclouds.spring.autoconfigure.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.configurers.oauth2.client.OAuth2LoginConfigurer;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.util.function.SingletonSupplier;

/**
 * Login on the servlet stack. Everything between the authorization request and the callback, and the authorized
 * client after login, lives in the HTTP session through Spring Security's own repositories, so a shared session
 * store (Spring Session) carries logins across instances.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(OAuth2LoginConfigurer.class)
@Import(LoginSecurityConfiguration.class)
class ServletLoginConfiguration {

	@Bean
	@ConditionalOnMissingBean(AuthorizationRequestRepository.class)
	AuthorizationRequestRepository<OAuth2AuthorizationRequest> userCloudsAuthorizationRequestRepository() {
		return new HttpSessionOAuth2AuthorizationRequestRepository();
	}

	@Bean
	@ConditionalOnMissingBean(OAuth2AuthorizedClientRepository.class)
	OAuth2AuthorizedClientRepository userCloudsLoginAuthorizedClientRepository() {
		return new HttpSessionOAuth2AuthorizedClientRepository();
	}

	/**
	 * Gives the logged-in user's access token to code calling APIs, refreshing it with the refresh token once it
	 * has expired; {@code null} when the login brought no access token (implicit with {@code id_token} alone). It has
	 * no authorization-code provider on purpose: that one answers a missing token by demanding a new login, which
	 * after such a login only sends the user round in circles. Named for login; an application without login gets
	 * the M2M clients' manager instead.
	 * <p>
	 * A refresh is published as an {@code OAuth2AuthorizedClientRefreshedEvent}: {@code oauth2Login}'s listener
	 * ({@code OidcAuthorizedClientRefreshedEventListener}) then runs a new ID token in the response through the
	 * login's ID-token decoder and OpenID Connect Core 12.2 ({@code iss}, {@code sub}, {@code aud} as at login) and
	 * puts the refreshed user in the session. A refused ID token fails the refresh before the manager saves the new
	 * authorized client, so the session keeps the one it had.
	 * <p>
	 * Being the application's only {@code OAuth2AuthorizedClientManager}, it also serves client-credentials
	 * registrations (Spring Security's {@code OAuth2ClientHttpRequestInterceptor}, {@code @ClientRegistrationId}):
	 * through the application's client-credentials token client, which with M2M clients is the starter's cached,
	 * single-flight one, built on first use like the M2M manager (see {@code LazyAuthorizedClientManager}).
	 */
	@Bean
	@ConditionalOnMissingBean(name = "userCloudsLoginAuthorizedClientManager")
	OAuth2AuthorizedClientManager userCloudsLoginAuthorizedClientManager(ClientRegistrationRepository registrations,
			OAuth2AuthorizedClientRepository authorizedClients,
			OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokenResponseClient,
			ObjectProvider<OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest>> clientCredentialsClients,
			ApplicationEventPublisher events) {
		var clientCredentialsTokens = SingletonSupplier
			.of(() -> clientCredentialsClients.getIfUnique(RestClientClientCredentialsTokenResponseClient::new));
		DefaultOAuth2AuthorizedClientManager manager = new DefaultOAuth2AuthorizedClientManager(registrations,
				authorizedClients);
		manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
			.refreshToken((refresh) -> refresh.accessTokenResponseClient(refreshTokenResponseClient)
				.eventPublisher(events))
			.clientCredentials((clientCredentials) -> clientCredentials
				.accessTokenResponseClient((grant) -> clientCredentialsTokens.obtain().getTokenResponse(grant)))
			.build());
		return manager;
	}

}
