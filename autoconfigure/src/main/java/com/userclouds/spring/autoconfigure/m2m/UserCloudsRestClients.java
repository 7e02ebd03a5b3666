package com.userclouds.spring.autoconfigure.m2m;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Ready HTTP clients of the M2M clients, by name: each sends the client's access token and, when the API answers
 * 401, retries once with a fresh token. For an HTTP interface:
 * {@code HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClients.get("orders"))).build()}.
 */
public class UserCloudsRestClients {

	private final M2mAccessTokens tokens;

	private final Map<String, M2mProperties.Client> clients;

	private final Supplier<RestClient.Builder> builders;

	private final Map<String, RestClient> built = new ConcurrentHashMap<>();

	/**
	 * @param builders the builder to start from (Spring Boot's {@code RestClient.Builder} bean, or the
	 * application's own); each client is built on a clone of it, so the given builder is never changed
	 */
	public UserCloudsRestClients(M2mAccessTokens tokens, M2mProperties properties,
			Supplier<RestClient.Builder> builders) {
		this.tokens = tokens;
		this.clients = Map.copyOf(properties.getClients());
		this.builders = builders;
	}

	/**
	 * The ready client of the M2M client {@code clientName}, with its {@code base-url} when one is configured.
	 * @throws M2mClientNotConfiguredException if the client has no credentials
	 */
	public RestClient get(String clientName) {
		requireCredentials(clientName);
		return this.built.computeIfAbsent(clientName, (name) -> {
			RestClient.Builder builder = this.builders.get().clone().apply(bearerTokens(name));
			M2mProperties.Client client = this.clients.get(name);
			if (client.getBaseUrl() != null) {
				builder.baseUrl(client.getBaseUrl());
			}
			return builder.build();
		});
	}

	/**
	 * Adds the client's token handling to a builder of the application's own:
	 * {@code RestClient.builder().apply(restClients.bearerTokens("orders"))}.
	 */
	public Consumer<RestClient.Builder> bearerTokens(String clientName) {
		ClientHttpRequestInterceptor interceptor = interceptor(clientName);
		return (builder) -> builder.requestInterceptor(interceptor);
	}

	/**
	 * The interceptor that attaches the client's token and retries once on 401.
	 */
	public ClientHttpRequestInterceptor interceptor(String clientName) {
		requireCredentials(clientName);
		return new BearerTokenInterceptor(this.tokens, clientName);
	}

	private void requireCredentials(String clientName) {
		if (!this.tokens.clientNames().contains(clientName)) {
			throw new M2mClientNotConfiguredException(clientName);
		}
	}

}
