package com.userclouds.spring.autoconfigure.resource;

import java.util.Map;

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

	/** Whether the caller was granted this scope; allocates nothing, as it runs on every request. */
	static boolean has(Authentication authentication, String scope) {
		if (authentication instanceof JwtAuthenticationToken jwt) {
			Map<String, Object> claims = jwt.getToken().getClaims();
			if (ClaimValues.contains(claims.get("scope"), scope) || ClaimValues.contains(claims.get("scp"), scope)) {
				return true;
			}
		}
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.length() == SCOPE_AUTHORITY_PREFIX.length() + scope.length()
					&& name.startsWith(SCOPE_AUTHORITY_PREFIX) && name.endsWith(scope)) {
				return true;
			}
		}
		return false;
	}

}
