package com.userclouds.spring.autoconfigure.m2m;

import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/**
 * Ready HTTP clients of the M2M clients, by name: each sends the client's access token and, when the API answers
 * 401, retries once with a fresh token. For an HTTP interface:
 * {@code HttpServiceProxyFactory.builderFor(RestClientAdapter.create(restClients.get("orders"))).build()}.
 */
public class UserCloudsRestClients extends NamedM2mClients<RestClient> {

	private final Supplier<RestClient.Builder> builders;

	/**
	 * @param builders the builder to start from (Spring Boot's {@code RestClient.Builder} bean, or the
	 * application's own); each client is built on a clone of it, so the given builder is never changed
	 */
	public UserCloudsRestClients(M2mAccessTokens tokens, M2mProperties properties,
			Supplier<RestClient.Builder> builders) {
		super(tokens, properties);
		this.builders = builders;
	}

	@Override
	RestClient build(String clientName, URI baseUrl) {
		RestClient.Builder builder = this.builders.get().clone().apply(bearerTokens(clientName));
		if (baseUrl != null) {
			builder.baseUrl(baseUrl);
		}
		return builder.build();
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
		return new BearerTokenInterceptor(tokensOf(clientName), clientName);
	}

}
