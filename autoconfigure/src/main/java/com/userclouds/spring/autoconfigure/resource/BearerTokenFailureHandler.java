package com.userclouds.spring.autoconfigure.resource;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Answers a bearer token that failed authentication with 401 {@code invalid_token} and a short description that tells
 * the client what is wrong with its token and nothing about the server. Spring Security's default handler lets a
 * failure to fetch the tenant's keys escape as a server error, and passes parser and key-selection messages to the
 * client; this one answers 401 while the tenant is unreachable (the client may retry) and keeps those messages in the
 * log.
 */
final class BearerTokenFailureHandler implements AuthenticationFailureHandler {

	static final String UNVERIFIABLE = "The token cannot be verified right now";

	static final String MALFORMED_OR_BAD_SIGNATURE = "The token is malformed or its signature is not valid";

	private static final Log logger = LogFactory.getLog(BearerTokenFailureHandler.class);

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFailureHandler(AuthenticationEntryPoint entryPoint) {
		this.entryPoint = entryPoint;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		this.entryPoint.commence(request, response, clientFacing(exception));
	}

	static AuthenticationException clientFacing(AuthenticationException exception) {
		if (exception instanceof AuthenticationServiceException) {
			// debug, not warn: during an outage every request lands here; the tenant classes log the outage itself
			logger.debug("Bearer token not verified, the tenant's keys are unavailable: " + exception.getMessage());
			return invalidToken(UNVERIFIABLE, exception);
		}
		if (exception instanceof InvalidBearerTokenException) {
			logger.debug("Bearer token refused: " + exception.getMessage());
			if (exception.getCause() instanceof JwtValidationException validation) {
				return invalidToken(firstDescription(validation), exception);
			}
			return invalidToken(MALFORMED_OR_BAD_SIGNATURE, exception);
		}
		return exception;
	}

	private static String firstDescription(JwtValidationException validation) {
		return validation.getErrors()
			.stream()
			.map(OAuth2Error::getDescription)
			.filter((description) -> description != null && !description.isBlank())
			.findFirst()
			.orElse("The token is not valid");
	}

	private static InvalidBearerTokenException invalidToken(String description, AuthenticationException cause) {
		return new InvalidBearerTokenException(description, cause);
	}

}
