package com.userclouds.spring.autoconfigure.login;

import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

import com.userclouds.spring.autoconfigure.ThrottledWarnings;

/**
 * Names in the log, at WARN, a login refused because the tenant refuses the login client itself (a wrong secret, a
 * client it does not know or does not allow): every login fails until the configuration is fixed, and the user only
 * sees the login page's error. Once a minute at most (see {@link ThrottledWarnings}). Failures of one login (a
 * replayed state, an expired code) are the user's, not the operator's, and are left to the metrics.
 */
final class LoginClientRefusals {

	/** RFC 6749 5.2 and 4.1.2.1: the client's authentication failed, or it may not use this grant or flow. */
	private static final Set<String> CLIENT_ERRORS = Set.of("invalid_client", "unauthorized_client");

	private static final Log logger = LogFactory.getLog(LoginClientRefusals.class);

	private final ThrottledWarnings warnings = new ThrottledWarnings(logger);

	private final String clientId;

	LoginClientRefusals(String clientId) {
		this.clientId = clientId;
	}

	void onFailure(AuthenticationException exception) {
		if (exception instanceof OAuth2AuthenticationException oauth2
				&& CLIENT_ERRORS.contains(oauth2.getError().getErrorCode())) {
			OAuth2Error error = oauth2.getError();
			String description = error.getDescription();
			this.warnings.warn(this.clientId,
					"Login client '" + this.clientId + "' (userclouds.login.client-id) was refused by the tenant with"
							+ " OAuth error '" + error.getErrorCode() + "'"
							+ ((description != null && !description.isBlank()) ? " (" + description + ")" : "")
							+ "; check userclouds.login.client-id and userclouds.login.client-secret");
		}
	}

}
