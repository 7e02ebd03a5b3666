package com.userclouds.spring.autoconfigure.login;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The login chain's success and failure handlers, each publishing a {@link LoginAttemptEvent} for the login that
 * ended. The handlers, not Spring Security's authentication events, which miss logins: its
 * {@code DefaultAuthenticationEventPublisher} maps no {@code OAuth2AuthenticationException} to an event, so no
 * refused login is published at all; some failures are found before an {@code AuthenticationManager} is asked (a
 * state no login of this browser is waiting for, an RFC 9207 issuer mismatch, a provider {@code error} in the hybrid
 * and implicit callback); and that callback's own {@code ProviderManager} publishes nothing. Every callback of every
 * flow ends in exactly one of these two handlers.
 */
final class LoginOutcomeHandlers {

	private final ApplicationEventPublisher events;

	private final LoginFlow flow;

	private final LoginClientRefusals clientRefusals;

	LoginOutcomeHandlers(ApplicationEventPublisher events, LoginFlow flow, String clientId) {
		this.events = events;
		this.flow = flow;
		this.clientRefusals = new LoginClientRefusals(clientId);
	}

	/**
	 * What {@code oauth2Login} does by default, back to the page asked for before login, then the event. Call it
	 * while the chain is being configured, once the chain's request cache is shared.
	 */
	AuthenticationSuccessHandler success(HttpSecurity http) {
		SavedRequestAwareAuthenticationSuccessHandler savedRequest = new SavedRequestAwareAuthenticationSuccessHandler();
		RequestCache requestCache = http.getSharedObject(RequestCache.class);
		if (requestCache != null) {
			savedRequest.setRequestCache(requestCache);
		}
		return (request, response, authentication) -> {
			try {
				savedRequest.onAuthenticationSuccess(request, response, authentication);
			}
			finally {
				this.events.publishEvent(LoginAttemptEvent.success(this.flow));
			}
		};
	}

	/**
	 * {@code failureHandler}, then the event; a refusal of the login client itself is logged too.
	 */
	AuthenticationFailureHandler failure(AuthenticationFailureHandler failureHandler) {
		return (request, response, exception) -> {
			try {
				failureHandler.onAuthenticationFailure(request, response, exception);
			}
			finally {
				this.clientRefusals.onFailure(exception);
				this.events.publishEvent(LoginAttemptEvent.failure(this.flow, exception));
			}
		};
	}

}
