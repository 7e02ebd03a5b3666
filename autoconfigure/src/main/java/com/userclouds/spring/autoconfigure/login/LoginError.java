package com.userclouds.spring.autoconfigure.login;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The exception every step of a login throws to refuse it (bad response, unknown state, tenant unreachable, failed
 * token check): the chain's failure handler turns it into the login-error page and a failed login event.
 */
final class LoginError {

	private LoginError() {
	}

	/**
	 * @param code the OAuth 2.0 error code, e.g. {@code invalid_request}
	 * @param description what was wrong, shown on the login-error page and carried by the failed login event
	 */
	static OAuth2AuthenticationException of(String code, String description) {
		OAuth2Error error = new OAuth2Error(code, description, null);
		return new OAuth2AuthenticationException(error, error.toString());
	}

}
