package com.userclouds.spring.autoconfigure.login;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;

/**
 * The parameters of an authorization response, from the query string or a form post alike.
 */
final class AuthorizationResponseParameters {

	private static final Set<String> RESPONSE_PARAMETERS = Set.of(OAuth2ParameterNames.STATE,
			OAuth2ParameterNames.CODE, OAuth2ParameterNames.ERROR, OAuth2ParameterNames.ACCESS_TOKEN,
			OidcParameterNames.ID_TOKEN, FrontChannelAuthenticationProvider.USERCLOUDS_ACCESS_TOKEN);

	private AuthorizationResponseParameters() {
	}

	/**
	 * Whether the request carries a response at all; a redirect without one had it in the fragment, which the
	 * browser keeps to itself.
	 */
	static boolean present(HttpServletRequest request) {
		return RESPONSE_PARAMETERS.stream().anyMatch((name) -> request.getParameter(name) != null);
	}

	/**
	 * Single-valued parameters; a repeated one makes the response ambiguous and is refused.
	 */
	static Map<String, String> read(HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> {
			if (values.length != 1) {
				throw LoginError.of("invalid_request", "The authorization response repeats " + name);
			}
			parameters.put(name, values[0]);
		});
		return parameters;
	}

}
