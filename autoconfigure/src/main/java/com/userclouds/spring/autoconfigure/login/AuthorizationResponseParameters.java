package com.userclouds.spring.autoconfigure.login;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;

/**
 * The parameters of an authorization response, from the query string or a form post alike, and the checks every
 * callback makes before the response's tokens are looked at. Shared by the servlet and the reactive callbacks.
 */
final class AuthorizationResponseParameters {

	/** RFC 9207's authorization response parameter naming the issuer. */
	static final String ISSUER = "iss";

	private static final Set<String> RESPONSE_PARAMETERS = Set.of(OAuth2ParameterNames.STATE,
			OAuth2ParameterNames.CODE, OAuth2ParameterNames.ERROR, OAuth2ParameterNames.ACCESS_TOKEN,
			OidcParameterNames.ID_TOKEN, FrontChannelAuthenticationProvider.USERCLOUDS_ACCESS_TOKEN);

	private AuthorizationResponseParameters() {
	}

	/**
	 * Whether a request with these parameter names carries a response at all; a redirect without one had it in the
	 * fragment, which the browser keeps to itself.
	 */
	static boolean present(Collection<String> parameterNames) {
		return parameterNames.stream().anyMatch(RESPONSE_PARAMETERS::contains);
	}

	/**
	 * Single-valued parameters, from the servlet API's map; a repeated one makes the response ambiguous and is
	 * refused.
	 */
	static Map<String, String> read(Map<String, String[]> parameters) {
		Map<String, String> single = new LinkedHashMap<>();
		parameters.forEach((name, values) -> single.put(name, single(name, List.of(values))));
		return single;
	}

	/**
	 * Single-valued parameters from the query string and the form together (WebFlux keeps them apart); a parameter
	 * repeated, within one or across both, is refused.
	 */
	static Map<String, String> read(Map<String, List<String>> query, Map<String, List<String>> form) {
		Map<String, String> single = new LinkedHashMap<>();
		query.forEach((name, values) -> single.put(name, single(name, values)));
		form.forEach((name, values) -> {
			if (single.putIfAbsent(name, single(name, values)) != null) {
				throw repeated(name);
			}
		});
		return single;
	}

	/**
	 * The authorization request this response answers, taken out of the browser's session by its {@code state}, so
	 * that a response is accepted once; refuses a response no login of this browser is waiting for, and one in which
	 * the provider refused the login.
	 */
	static OAuth2AuthorizationRequest answered(OAuth2AuthorizationRequest authorizationRequest,
			Map<String, String> parameters) {
		if (authorizationRequest == null) {
			throw LoginError.of("authorization_request_not_found",
					"No login of this browser is waiting for this response (state unknown, expired or already used)");
		}
		if (parameters.containsKey(OAuth2ParameterNames.ERROR)) {
			throw new OAuth2AuthenticationException(new OAuth2Error(parameters.get(OAuth2ParameterNames.ERROR),
					parameters.get(OAuth2ParameterNames.ERROR_DESCRIPTION), null));
		}
		return authorizationRequest;
	}

	/**
	 * RFC 9207: a response naming an issuer ({@code iss}) other than the tenant comes from another authorization
	 * server (a mix-up attack) and ends the login. A response without {@code iss} passes (UserClouds sends none).
	 * Spring Security does not check the parameter.
	 */
	static boolean fromOtherIssuer(String issuerParameter, String tenantIssuer) {
		return issuerParameter != null && !tenantIssuer.equals(issuerParameter);
	}

	static OAuth2AuthenticationException otherIssuer() {
		return LoginError.of("invalid_issuer", "The authorization response comes from another issuer than the tenant");
	}

	private static String single(String name, List<String> values) {
		if (values.size() != 1) {
			throw repeated(name);
		}
		return values.get(0);
	}

	private static OAuth2AuthenticationException repeated(String name) {
		return LoginError.of("invalid_request", "The authorization response repeats " + name);
	}

}
