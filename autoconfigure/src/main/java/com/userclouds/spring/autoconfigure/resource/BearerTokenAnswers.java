package com.userclouds.spring.autoconfigure.resource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * What a client is told when its bearer token is refused, the same on the servlet and the reactive stack: each stack's
 * handlers only hand these answers to Spring Security's entry point of their kind, which writes the status and the
 * RFC 6750 {@code WWW-Authenticate} header. Free of servlet and Reactor types, so either stack can load it alone.
 */
final class BearerTokenAnswers {

	static final String UNVERIFIABLE = "The token cannot be verified right now";

	static final String MALFORMED_OR_BAD_SIGNATURE = "The token is malformed or its signature is not valid";

	private static final Log logger = LogFactory.getLog(BearerTokenAnswers.class);

	private BearerTokenAnswers() {
	}

	/**
	 * The failure as the client sees it: 401 {@code invalid_token} with a short description that tells the client what
	 * is wrong with its token and nothing about the server. Spring Security would let a failure to fetch the tenant's
	 * keys escape as a server error, and pass parser and key-selection messages to the client; here the client gets 401
	 * while the tenant is unreachable (it may retry), and those messages stay in the log. Anything else (e.g. an
	 * {@code invalid_request} for several {@code Authorization} headers) is answered as it is.
	 */
	static AuthenticationException clientFacing(AuthenticationException exception) {
		if (exception instanceof AuthenticationServiceException) {
			// debug, not warn: during an outage every request lands here; the tenant classes log the outage itself
			logger.debug("Bearer token not verified, the tenant's keys are unavailable: " + exception.getMessage());
			return new InvalidBearerTokenException(UNVERIFIABLE, exception);
		}
		if (exception instanceof InvalidBearerTokenException) {
			logger.debug("Bearer token refused: " + exception.getMessage());
			if (exception.getCause() instanceof JwtValidationException validation) {
				return new InvalidBearerTokenException(firstDescription(validation), exception);
			}
			return new InvalidBearerTokenException(MALFORMED_OR_BAD_SIGNATURE, exception);
		}
		return exception;
	}

	/**
	 * A {@link RequireScopes} refusal as 403 {@code insufficient_scope} naming the scopes required (RFC 6750 section
	 * 3), or {@code null} for any other refusal (e.g. {@code @PreAuthorize}), which Spring Security's own bearer access
	 * denied handler answers, without {@code scope}: it cannot know which scopes were asked for.
	 */
	static @Nullable OAuth2AuthenticationException insufficientScope(AccessDeniedException denied) {
		if (denied instanceof AuthorizationDeniedException authorization
				&& authorization.getAuthorizationResult() instanceof ScopesDecision scopes) {
			String required = String.join(" ", scopes.required());
			String description = (scopes.match() == RequireScopes.Match.ANY)
					? "The access token needs one of the scopes: " + required
					: "The access token needs the scopes: " + required;
			return new OAuth2AuthenticationException(BearerTokenErrors.insufficientScope(description, required));
		}
		return null;
	}

	private static String firstDescription(JwtValidationException validation) {
		return validation.getErrors()
			.stream()
			.map(OAuth2Error::getDescription)
			.filter((description) -> description != null && !description.isBlank())
			.findFirst()
			.orElse("The token is not valid");
	}

}
