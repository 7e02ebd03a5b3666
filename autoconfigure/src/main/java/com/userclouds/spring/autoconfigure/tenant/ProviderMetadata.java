package com.userclouds.spring.autoconfigure.tenant;

import java.net.URI;
import java.util.List;

/**
 * What the tenant's discovery document says, reduced to what the starter uses. Optional entries are {@code null} or
 * empty when the provider does not advertise them (UserClouds advertises neither an end-session endpoint nor most of
 * the optional lists).
 *
 * @param issuer the issuer, equal to the configured tenant URL
 * @param authorizationEndpoint the authorization endpoint
 * @param tokenEndpoint the token endpoint
 * @param userinfoEndpoint the UserInfo endpoint, or {@code null}
 * @param jwksUri the JWK set URL
 * @param endSessionEndpoint the RP-initiated logout endpoint, or {@code null}
 * @param signingAlgorithms {@code id_token_signing_alg_values_supported}
 * @param responseTypes {@code response_types_supported}
 */
public record ProviderMetadata(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI userinfoEndpoint,
		URI jwksUri, URI endSessionEndpoint, List<String> signingAlgorithms, List<String> responseTypes) {

	public ProviderMetadata {
		signingAlgorithms = List.copyOf(signingAlgorithms);
		responseTypes = List.copyOf(responseTypes);
	}

}
