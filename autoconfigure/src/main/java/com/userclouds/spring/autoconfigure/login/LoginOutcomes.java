package com.userclouds.spring.autoconfigure.login;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;

/**
 * What every login that ends at the redirect URI reports, on either stack: a {@link LoginAttemptEvent} (metrics),
 * and a refusal of the login client itself in the log ({@link LoginClientRefusals}). The events, not Spring
 * Security's authentication events, which miss logins: its {@code DefaultAuthenticationEventPublisher} maps no
 * {@code OAuth2AuthenticationException} to an event, so no refused login is published at all; some failures are found
 * before an {@code AuthenticationManager} is asked (a state no login of this browser is waiting for, an RFC 9207
 * issuer mismatch, a provider {@code error}); and the starter's own callbacks' managers publish nothing. Each stack's
 * success and failure handlers call this once per login.
 */
final class LoginOutcomes {

	private final ApplicationEventPublisher events;

	private final LoginFlow flow;

	private final LoginClientRefusals clientRefusals;

	LoginOutcomes(ApplicationEventPublisher events, LoginFlow flow, String clientId) {
		this.events = events;
		this.flow = flow;
		this.clientRefusals = new LoginClientRefusals(clientId);
	}

	void succeeded() {
		this.events.publishEvent(LoginAttemptEvent.success(this.flow));
	}

	void failed(AuthenticationException exception) {
		this.clientRefusals.onFailure(exception);
		this.events.publishEvent(LoginAttemptEvent.failure(this.flow, exception));
	}

}
