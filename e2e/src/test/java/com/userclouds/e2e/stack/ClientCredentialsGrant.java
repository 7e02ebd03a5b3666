package com.userclouds.e2e.stack;

import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The suite as an OAuth client of a provider: a client-credentials access token straight from the token endpoint
 * that the provider's discovery names, for bearer checks that do not go through a sample's own M2M client.
 */
final class ClientCredentialsGrant {

	private ClientCredentialsGrant() {
	}

	static String accessToken(String issuer, String clientId, String clientSecret, String scope) {
		String tokenEndpoint = json(Http.get(issuer + "/.well-known/openid-configuration"), "discovery of " + issuer)
			.required("token_endpoint")
			.asString();
		HttpResponse<String> response = Http.postForm(tokenEndpoint, clientId, clientSecret,
				Map.of("grant_type", "client_credentials", "scope", scope));
		return json(response, "client credentials of " + clientId + " at " + tokenEndpoint).required("access_token")
			.asString();
	}

	private static JsonNode json(HttpResponse<String> response, String what) {
		if (response.statusCode() != 200) {
			throw new IllegalStateException(what + " answered HTTP " + response.statusCode() + ": " + response.body());
		}
		return JsonMapper.shared().readTree(response.body());
	}

}
