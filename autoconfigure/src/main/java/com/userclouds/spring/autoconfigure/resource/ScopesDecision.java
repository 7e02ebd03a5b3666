package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

import org.springframework.security.authorization.AuthorizationDecision;

/**
 * The outcome of a {@link RequireScopes} check, with the scopes it asked for: a 403 answer names them in its
 * {@code WWW-Authenticate} header.
 */
final class ScopesDecision extends AuthorizationDecision {

	private final List<String> required;

	private final RequireScopes.Match match;

	ScopesDecision(boolean granted, List<String> required, RequireScopes.Match match) {
		super(granted);
		this.required = List.copyOf(required);
		this.match = match;
	}

	List<String> required() {
		return this.required;
	}

	RequireScopes.Match match() {
		return this.match;
	}

	@Override
	public String toString() {
		return "ScopesDecision [granted=" + isGranted() + ", required=" + this.required + ", match=" + this.match
				+ "]";
	}

}
