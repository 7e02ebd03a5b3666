package com.userclouds.spring.autoconfigure.login;

import java.util.List;

/**
 * How users log in. The code flows are Spring Security's {@code oauth2Login}; hybrid and implicit are added by the
 * starter, as Spring Security has neither.
 */
public enum LoginFlow {

	/** Authorization code with PKCE (S256), for public and confidential clients. */
	PKCE(List.of("code")),

	/** Authorization code; PKCE only when the client is public (no secret). */
	AUTHORIZATION_CODE(List.of("code")),

	/** Code and tokens from the authorization endpoint; the code is bound by PKCE. */
	HYBRID(List.of("code id_token", "code token", "code id_token token")),

	/** Tokens from the authorization endpoint, no code. */
	IMPLICIT(List.of("id_token token", "id_token"));

	private final List<String> responseTypes;

	LoginFlow(List<String> responseTypes) {
		this.responseTypes = responseTypes;
	}

	/**
	 * Response types this flow allows, the default first.
	 */
	public List<String> responseTypes() {
		return this.responseTypes;
	}

	/**
	 * Whether the authorization response, not only the token endpoint, carries tokens.
	 */
	public boolean isFrontChannel() {
		return this == HYBRID || this == IMPLICIT;
	}

}
