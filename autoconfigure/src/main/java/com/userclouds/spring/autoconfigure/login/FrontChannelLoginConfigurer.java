package com.userclouds.spring.autoconfigure.login;

import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Adds the hybrid and implicit callback ({@link FrontChannelResponseFilter}) to the login chain, ahead of
 * {@code oauth2Login}'s code-flow callback on the same redirect URI, sharing the chain's session fixation protection,
 * security context repository, saved-request redirect and failure handler, and ending like it in the
 * {@link LoginOutcomeHandlers}.
 */
final class FrontChannelLoginConfigurer extends AbstractHttpConfigurer<FrontChannelLoginConfigurer, HttpSecurity> {

	private final RequestMatcher callback;

	private final ClientRegistrationRepository registrations;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	private final FrontChannelAuthenticationProvider provider;

	private final LoginOutcomeHandlers outcomes;

	private final AuthenticationFailureHandler failureHandler;

	FrontChannelLoginConfigurer(RequestMatcher callback, ClientRegistrationRepository registrations,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			OAuth2AuthorizedClientRepository authorizedClients, FrontChannelAuthenticationProvider provider,
			LoginOutcomeHandlers outcomes, AuthenticationFailureHandler failureHandler) {
		this.callback = callback;
		this.registrations = registrations;
		this.authorizationRequests = authorizationRequests;
		this.authorizedClients = authorizedClients;
		this.provider = provider;
		this.outcomes = outcomes;
		this.failureHandler = failureHandler;
	}

	@Override
	public void configure(HttpSecurity http) {
		FrontChannelResponseFilter filter = new FrontChannelResponseFilter(this.callback, this.registrations,
				this.authorizationRequests, this.authorizedClients);
		filter.setAuthenticationManager(new ProviderManager(this.provider));
		filter.setAuthenticationFailureHandler(this.failureHandler);
		SessionAuthenticationStrategy sessionStrategy = http.getSharedObject(SessionAuthenticationStrategy.class);
		if (sessionStrategy != null) {
			filter.setSessionAuthenticationStrategy(sessionStrategy);
		}
		SecurityContextRepository contextRepository = http.getSharedObject(SecurityContextRepository.class);
		filter.setSecurityContextRepository((contextRepository != null) ? contextRepository
				: new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
						new HttpSessionSecurityContextRepository()));
		filter.setAuthenticationSuccessHandler(this.outcomes.success(http));
		http.addFilterBefore(postProcess(filter), OAuth2LoginAuthenticationFilter.class);
	}

}
