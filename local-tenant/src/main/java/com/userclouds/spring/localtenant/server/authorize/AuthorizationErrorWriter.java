package com.userclouds.spring.localtenant.server.authorize;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.util.StringUtils;

import com.userclouds.spring.localtenant.server.PlainTextError;

/**
 * Answers a refused authorization request. With a trusted redirect URI the client gets {@code error},
 * {@code error_description} and {@code state} in the request's response mode; without one (unknown client, foreign
 * redirect URI, malformed request) the browser gets a 400 page saying what is wrong, never a redirect. Replaces
 * Spring Authorization Server's handler, which answers only in the query string and with an empty error page.
 */
public final class AuthorizationErrorWriter implements AuthenticationFailureHandler {

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException {
		OAuth2Error error = (exception instanceof OAuth2AuthenticationException oauth2) ? oauth2.getError()
				: new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR);
		OAuth2AuthorizationCodeRequestAuthenticationToken refused = (exception instanceof OAuth2AuthorizationCodeRequestAuthenticationException codeRequest)
				? codeRequest.getAuthorizationCodeRequestAuthentication() : null;
		if (refused == null || !StringUtils.hasText(refused.getRedirectUri())) {
			PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST,
					"Authorization request refused: " + describe(error));
			return;
		}
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("error", error.getErrorCode());
		if (StringUtils.hasText(error.getDescription())) {
			parameters.put("error_description", error.getDescription());
		}
		if (StringUtils.hasText(error.getUri())) {
			parameters.put("error_uri", error.getUri());
		}
		if (StringUtils.hasText(refused.getState())) {
			parameters.put("state", refused.getState());
		}
		ResponseModeDelivery.send(response, responseMode(refused), refused.getRedirectUri(), parameters);
	}

	private static ResponseMode responseMode(OAuth2AuthorizationCodeRequestAuthenticationToken refused) {
		if (refused instanceof ResponseTypeAuthorizationRequest request) {
			return request.responseMode();
		}
		Object named = refused.getAdditionalParameters().get("response_mode");
		ResponseMode mode = ResponseMode.parse((named instanceof String value) ? value : null);
		return (mode != null) ? mode : ResponseMode.QUERY;
	}

	private static String describe(OAuth2Error error) {
		return StringUtils.hasText(error.getDescription()) ? error.getErrorCode() + " (" + error.getDescription() + ")"
				: error.getErrorCode();
	}

}
