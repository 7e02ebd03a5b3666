package com.userclouds.spring.autoconfigure.login;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * The servlet login chain's success and failure handlers, each reporting the login that ended to
 * {@link LoginOutcomes}. Every callback of every flow ends in exactly one of these two handlers.
 */
final class LoginOutcomeHandlers {

	private final LoginOutcomes outcomes;

	LoginOutcomeHandlers(ApplicationEventPublisher events, LoginFlow flow, String clientId) {
		this.outcomes = new LoginOutcomes(events, flow, clientId);
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
				this.outcomes.succeeded();
			}
		};
	}

	/**
	 * {@code failureHandler}, then the event.
	 */
	AuthenticationFailureHandler failure(AuthenticationFailureHandler failureHandler) {
		return (request, response, exception) -> {
			try {
				failureHandler.onAuthenticationFailure(request, response, exception);
			}
			finally {
				this.outcomes.failed(exception);
			}
		};
	}

}
