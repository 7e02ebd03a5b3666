package com.userclouds.spring.localtenant.server.authorize;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

/**
 * A granted authorization request: Spring Authorization Server's result (code, redirect URI, state) plus what a hybrid
 * or implicit response adds. Still an authorization code request result, so SAS's session tracking sees it.
 */
final class AuthorizationResult extends OAuth2AuthorizationCodeRequestAuthenticationToken {

	private final ResponseTypes responseTypes;

	private final ResponseMode responseMode;

	private final OAuth2AccessToken accessToken;

	private final OidcIdToken idToken;

	AuthorizationResult(OAuth2AuthorizationCodeRequestAuthenticationToken granted, ResponseTypes responseTypes,
			ResponseMode responseMode, OAuth2AccessToken accessToken, OidcIdToken idToken) {
		super(granted.getAuthorizationUri(), granted.getClientId(), (Authentication) granted.getPrincipal(),
				granted.getAuthorizationCode(), granted.getRedirectUri(), granted.getState(), granted.getScopes());
		this.responseTypes = responseTypes;
		this.responseMode = responseMode;
		this.accessToken = accessToken;
		this.idToken = idToken;
	}

	ResponseTypes responseTypes() {
		return this.responseTypes;
	}

	ResponseMode responseMode() {
		return this.responseMode;
	}

	/**
	 * The access token for the response, or {@code null}.
	 */
	OAuth2AccessToken accessToken() {
		return this.accessToken;
	}

	/**
	 * The ID token for the response, or {@code null}.
	 */
	OidcIdToken idToken() {
		return this.idToken;
	}

}
