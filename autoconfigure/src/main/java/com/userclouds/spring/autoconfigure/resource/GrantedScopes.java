package com.userclouds.spring.autoconfigure.resource;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * The scopes a caller was granted: from the access token's {@code scope} and {@code scp} claims, so that a custom
 * authorities mapping does not change what {@link RequireScopes} sees, and from {@code SCOPE_*} authorities for
 * callers authenticated some other way (e.g. tests with {@code @WithMockUser(authorities = "SCOPE_x")}).
 */
final class GrantedScopes {

	private static final String SCOPE_AUTHORITY_PREFIX = "SCOPE_";

	private GrantedScopes() {
	}

	static Set<String> of(Authentication authentication) {
		Set<String> scopes = new LinkedHashSet<>();
		if (authentication instanceof JwtAuthenticationToken jwt) {
			Map<String, Object> claims = jwt.getToken().getClaims();
			scopes.addAll(ClaimValues.of(claims.get("scope")));
			scopes.addAll(ClaimValues.of(claims.get("scp")));
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith(SCOPE_AUTHORITY_PREFIX)) {
				scopes.add(name.substring(SCOPE_AUTHORITY_PREFIX.length()));
			}
		}
		return scopes;
	}

}
