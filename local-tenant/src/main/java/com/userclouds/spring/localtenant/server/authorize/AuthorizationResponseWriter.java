package com.userclouds.spring.localtenant.server.authorize;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Sends a granted authorization request back to the client, in the requested {@link ResponseMode}. In the query
 * string (the default, like UserClouds) the access token is in a parameter named {@code token}; in the fragment and
 * form_post it is {@code access_token} with its {@code token_type}. Written by hand: Spring Authorization Server only
 * answers code requests, in the query string.
 */
public final class AuthorizationResponseWriter implements AuthenticationSuccessHandler {

	private final boolean standardShape;

	/**
	 * @param standardShape whether fragment and form_post responses carry {@code expires_in}
	 */
	public AuthorizationResponseWriter(boolean standardShape) {
		this.standardShape = standardShape;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OAuth2AuthorizationCodeRequestAuthenticationToken granted = (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
		AuthorizationResult result = (authentication instanceof AuthorizationResult full) ? full : null;
		ResponseMode mode = (result != null) ? result.responseMode() : ResponseMode.QUERY;
		Map<String, String> parameters = parameters(granted, result, mode);
		ResponseModeDelivery.send(response, mode, granted.getRedirectUri(), parameters);
	}

	private Map<String, String> parameters(OAuth2AuthorizationCodeRequestAuthenticationToken granted,
			AuthorizationResult result, ResponseMode mode) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (result == null || result.responseTypes().code()) {
			parameters.put("code", granted.getAuthorizationCode().getTokenValue());
		}
		if (result != null && result.idToken() != null) {
			parameters.put("id_token", result.idToken().getTokenValue());
		}
		OAuth2AccessToken accessToken = (result != null) ? result.accessToken() : null;
		if (accessToken != null && mode == ResponseMode.QUERY) {
			parameters.put("token", accessToken.getTokenValue());
		}
		else if (accessToken != null) {
			parameters.put("access_token", accessToken.getTokenValue());
			parameters.put("token_type", accessToken.getTokenType().getValue());
			if (this.standardShape && accessToken.getIssuedAt() != null && accessToken.getExpiresAt() != null) {
				parameters.put("expires_in", String.valueOf(
						Duration.between(accessToken.getIssuedAt(), accessToken.getExpiresAt()).toSeconds()));
			}
		}
		if (granted.getState() != null) {
			parameters.put("state", granted.getState());
		}
		return parameters;
	}

}
