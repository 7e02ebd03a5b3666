package com.userclouds.spring.autoconfigure.m2m;

import java.net.URI;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Ready {@link WebClient}s of the M2M clients, by name, the reactive twin of {@link UserCloudsRestClients}: each
 * sends the client's access token and, when the API answers 401, retries once with a fresh token. Tokens come from
 * the same {@link M2mAccessTokens} cache as the servlet side's, without ever blocking the subscriber's thread. A
 * token that cannot be obtained fails the request's {@code Mono} with an {@link M2mTokenException}. For an HTTP
 * interface: {@code HttpServiceProxyFactory.builderFor(WebClientAdapter.create(webClients.get("orders"))).build()}.
 */
public class UserCloudsWebClients extends NamedM2mClients<WebClient> {

	private final Supplier<WebClient.Builder> builders;

	/**
	 * @param builders the builder to start from (Spring Boot's {@code WebClient.Builder} bean, or the
	 * application's own); each client is built on a clone of it, so the given builder is never changed
	 */
	public UserCloudsWebClients(M2mAccessTokens tokens, M2mProperties properties,
			Supplier<WebClient.Builder> builders) {
		super(tokens, properties);
		this.builders = builders;
	}

	@Override
	WebClient build(String clientName, URI baseUrl) {
		WebClient.Builder builder = this.builders.get().clone().apply(bearerTokens(clientName));
		if (baseUrl != null) {
			builder.baseUrl(baseUrl.toString());
		}
		return builder.build();
	}

	/**
	 * Adds the client's token handling to a builder of the application's own:
	 * {@code WebClient.builder().apply(webClients.bearerTokens("orders"))}.
	 * @throws M2mClientNotConfiguredException if the client has no credentials
	 */
	public Consumer<WebClient.Builder> bearerTokens(String clientName) {
		ExchangeFilterFunction filter = filter(clientName);
		return (builder) -> builder.filter(filter);
	}

	/**
	 * The filter that attaches the client's token and retries once on 401.
	 * @throws M2mClientNotConfiguredException if the client has no credentials
	 */
	public ExchangeFilterFunction filter(String clientName) {
		return new BearerTokenExchangeFilterFunction(tokensOf(clientName), clientName);
	}

}
