package com.userclouds.spring.autoconfigure.login;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

/**
 * Published when a login ends at the redirect URI, with a logged-in user or refused, for metrics. Carries no token,
 * no user and no error description.
 *
 * @param flow the configured login flow
 * @param success whether the user is logged in
 * @param error the OAuth 2.0 error code a refused login ended with (e.g. {@code invalid_nonce}, or the provider's
 * {@code error} parameter, which may be any string), or {@code null} when the user is logged in or the failure has
 * no code
 */
public record LoginAttemptEvent(LoginFlow flow, boolean success, String error) {

	static LoginAttemptEvent success(LoginFlow flow) {
		return new LoginAttemptEvent(flow, true, null);
	}

	static LoginAttemptEvent failure(LoginFlow flow, AuthenticationException exception) {
		return new LoginAttemptEvent(flow, false,
				(exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError().getErrorCode() : null);
	}

}
