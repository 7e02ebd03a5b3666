package com.userclouds.spring.localtenant.server.authorize;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A {@code response_type} the tenant answers: code ({@code code}), hybrid ({@code code id_token}, {@code code token},
 * {@code code id_token token}) or implicit ({@code id_token}, {@code id_token token}), in any order.
 *
 * @param code whether an authorization code is returned
 * @param idToken whether an ID token is returned
 * @param token whether an access token is returned
 */
record ResponseTypes(boolean code, boolean idToken, boolean token) {

	private static final Set<String> KNOWN = Set.of("code", "id_token", "token");

	/**
	 * The response types in {@code value}, or {@code null} when it is not a supported combination.
	 */
	static ResponseTypes parse(String value) {
		String[] parts = value.trim().split(" +");
		Set<String> types = Arrays.stream(parts).collect(Collectors.toSet());
		if (types.size() != parts.length || !KNOWN.containsAll(types)) {
			return null;
		}
		ResponseTypes parsed = new ResponseTypes(types.contains("code"), types.contains("id_token"),
				types.contains("token"));
		// a bare "token" (OAuth 2.0 implicit without OpenID Connect) is not a flow the starter offers
		return (parsed.code() || parsed.idToken()) ? parsed : null;
	}

	/**
	 * Whether the browser receives tokens (hybrid or implicit) rather than only a code.
	 */
	boolean frontChannelTokens() {
		return this.idToken || this.token;
	}

}
