package com.userclouds.spring.autoconfigure.resource;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * The grammar of a bearer {@code Authorization} header as Spring Security's {@code DefaultBearerTokenResolver} reads
 * it (the same errors too), checked in one pass without a regular expression, for both stacks; free of servlet and
 * Reactor types.
 */
final class BearerAuthorizationHeader {

	private static final String SCHEME = "Bearer";

	private static final boolean[] TOKEN_CHARACTERS = new boolean[128];

	static {
		String allowed = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~+/";
		for (int i = 0; i < allowed.length(); i++) {
			TOKEN_CHARACTERS[allowed.charAt(i)] = true;
		}
	}

	private BearerAuthorizationHeader() {
	}

	/**
	 * The bearer token of an {@code Authorization} header, for either stack.
	 * @param authorization the first {@code Authorization} header
	 * @param severalHeaders whether the request has more than one
	 * @return the token, or {@code null} when the header is of another scheme
	 * @throws OAuth2AuthenticationException {@code invalid_request} for several headers, {@code invalid_token} for a
	 * malformed bearer header
	 */
	static String tokenOf(String authorization, boolean severalHeaders) {
		if (severalHeaders) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidRequest("Send a single Authorization header"));
		}
		if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
			return null;
		}
		if (authorization.length() <= SCHEME.length() + 1 || authorization.charAt(SCHEME.length()) != ' '
				|| !isToken68(authorization, SCHEME.length() + 1)) {
			throw new OAuth2AuthenticationException(BearerTokenErrors.invalidToken("Bearer token is malformed"));
		}
		return authorization.substring(SCHEME.length() + 1);
	}

	/** RFC 6750's b64token, as Spring Security reads it: {@code [a-zA-Z0-9-._~+/]+=*} from {@code start} on. */
	private static boolean isToken68(String value, int start) {
		int i = start;
		while (i < value.length() && isTokenCharacter(value.charAt(i))) {
			i++;
		}
		if (i == start) {
			return false;
		}
		while (i < value.length() && value.charAt(i) == '=') {
			i++;
		}
		return i == value.length();
	}

	private static boolean isTokenCharacter(char c) {
		return c < TOKEN_CHARACTERS.length && TOKEN_CHARACTERS[c];
	}

}
