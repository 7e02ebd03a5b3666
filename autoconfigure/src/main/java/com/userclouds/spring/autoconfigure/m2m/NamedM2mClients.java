package com.userclouds.spring.autoconfigure.m2m;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;

/**
 * What {@link UserCloudsRestClients} and {@link UserCloudsWebClients} share: an HTTP client per M2M client name, built
 * on first use and then the same instance, only for clients that have credentials. Each kind supplies how its client
 * is built; the tokens come from the one {@link M2mAccessTokens} cache.
 *
 * @param <C> the kind of HTTP client
 */
abstract class NamedM2mClients<C> {

	private final M2mAccessTokens tokens;

	private final Map<String, M2mProperties.Client> clients;

	private final Map<String, C> built = new ConcurrentHashMap<>();

	NamedM2mClients(M2mAccessTokens tokens, M2mProperties properties) {
		this.tokens = tokens;
		this.clients = Map.copyOf(properties.getClients());
	}

	/**
	 * The ready client of the M2M client {@code clientName}, with its {@code base-url} when one is configured; built
	 * on first use, then the same instance.
	 * @throws M2mClientNotConfiguredException if the client has no credentials
	 */
	public C get(String clientName) {
		requireCredentials(clientName);
		return this.built.computeIfAbsent(clientName, (name) -> build(name, this.clients.get(name).getBaseUrl()));
	}

	/** A new client that sends {@code clientName}'s token, against {@code baseUrl} when there is one. */
	abstract C build(String clientName, @Nullable URI baseUrl);

	/** The token cache, for the client's token handling; checks the client has credentials first. */
	M2mAccessTokens tokensOf(String clientName) {
		requireCredentials(clientName);
		return this.tokens;
	}

	private void requireCredentials(String clientName) {
		if (!this.tokens.clientNames().contains(clientName)) {
			throw new M2mClientNotConfiguredException(clientName);
		}
	}

}
