package com.userclouds.spring.localtenant.server.authorize;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;

/**
 * An authorization request with its response types and response mode. It is an authorization code request to Spring
 * Authorization Server, so its validation (client, redirect URI, scope, PKCE, prompt) and the code it issues are
 * SAS's own; the tokens a hybrid or implicit response adds are issued after that.
 */
final class ResponseTypeAuthorizationRequest extends OAuth2AuthorizationCodeRequestAuthenticationToken {

	private final ResponseTypes responseTypes;

	private final ResponseMode responseMode;

	ResponseTypeAuthorizationRequest(OAuth2AuthorizationCodeRequestAuthenticationToken codeRequest,
			ResponseTypes responseTypes, ResponseMode responseMode) {
		super(codeRequest.getAuthorizationUri(), codeRequest.getClientId(),
				(Authentication) codeRequest.getPrincipal(), codeRequest.getRedirectUri(), codeRequest.getState(),
				codeRequest.getScopes(), codeRequest.getAdditionalParameters());
		this.responseTypes = responseTypes;
		this.responseMode = responseMode;
	}

	ResponseTypes responseTypes() {
		return this.responseTypes;
	}

	ResponseMode responseMode() {
		return this.responseMode;
	}

}
