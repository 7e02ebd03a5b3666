package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.web.reactive.function.client.WebClient;

import com.userclouds.spring.autoconfigure.tenant.NonBlockingClientRegistrationRepository;

/**
 * The reactive application's {@link ReactiveOAuth2AuthorizedClientManager} when it has none, so that
 * {@code ServerOAuth2AuthorizedClientExchangeFilterFunction} and {@code @RegisteredOAuth2AuthorizedClient} find the
 * M2M clients and get their cached tokens. Neither Spring Boot nor Spring Security would register one: Spring
 * Security's WebFlux configuration builds its default manager only around a
 * {@link ReactiveClientRegistrationRepository} bean, which Spring Boot declares only for
 * {@code spring.security.oauth2.client.registration.*} properties.
 * <p>
 * The starter declares no such repository bean, because Spring Boot would answer it with an authorized-client
 * service and, in an application without a filter chain of its own, an {@code oauth2Login} chain that requires a
 * login for every request. An application with registrations of its own keeps Spring Security's manager, which
 * still gets the cached tokens of the clients it has registrations for, from
 * {@link CachedReactiveClientCredentialsTokenResponseClient}.
 * <p>
 * Spring Security's {@link AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager}, not its default manager:
 * a client-credentials token belongs to no request, and this one works inside a request, in a scheduled task and at
 * startup alike, where the default one fails without a {@code ServerWebExchange}. Servlet applications get their
 * manager from {@link M2mAuthorizedClientManagerConfiguration}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(WebClient.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
class M2mReactiveAuthorizedClientManagerConfiguration {

	@Bean
	@ConditionalOnMissingBean({ ReactiveOAuth2AuthorizedClientManager.class,
			ReactiveClientRegistrationRepository.class })
	ReactiveOAuth2AuthorizedClientManager userCloudsM2mReactiveAuthorizedClientManager(
			ClientRegistrationRepository registrations, CachedReactiveClientCredentialsTokenResponseClient tokens) {
		ReactiveClientRegistrationRepository reactiveRegistrations = new NonBlockingClientRegistrationRepository(
				registrations);
		var manager = new AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager(reactiveRegistrations,
				new InMemoryReactiveOAuth2AuthorizedClientService(reactiveRegistrations));
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.clientCredentials((clientCredentials) -> clientCredentials.accessTokenResponseClient(tokens))
			.build());
		return manager;
	}

}
