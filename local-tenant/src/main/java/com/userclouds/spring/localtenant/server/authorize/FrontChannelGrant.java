package com.userclouds.spring.localtenant.server.authorize;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * The grant behind tokens issued straight from the authorization endpoint (hybrid and implicit flows): the user, and
 * the code and access token issued in the same response, which an ID token's {@code c_hash} / {@code at_hash} cover.
 */
public final class FrontChannelGrant extends AbstractAuthenticationToken {

	private final Authentication user;

	private final String code;

	private final String accessToken;

	FrontChannelGrant(Authentication user, String code, String accessToken) {
		super(List.of());
		this.user = user;
		this.code = code;
		this.accessToken = accessToken;
		setAuthenticated(true);
	}

	/**
	 * The authorization code issued in the same response, or {@code null}.
	 */
	public String code() {
		return this.code;
	}

	/**
	 * The access token issued in the same response, or {@code null}.
	 */
	public String accessToken() {
		return this.accessToken;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.user;
	}

}
