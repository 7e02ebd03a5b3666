package com.userclouds.spring.autoconfigure.m2m;

import java.util.function.Supplier;

import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.util.function.SingletonSupplier;

/**
 * An {@link OAuth2AuthorizedClientManager} built on its first use.
 * <p>
 * Why: each of Spring Security's token clients builds a JDK {@code HttpClient} when it is constructed (TLS set-up,
 * the trust store read, a selector thread), and Spring Security builds its default manager, with all of them, while
 * its MVC configuration is created. In an API application that cost about 0.35 s of startup for a manager that
 * most requests never use.
 */
final class LazyAuthorizedClientManager implements OAuth2AuthorizedClientManager {

	private final SingletonSupplier<OAuth2AuthorizedClientManager> manager;

	LazyAuthorizedClientManager(Supplier<OAuth2AuthorizedClientManager> factory) {
		this.manager = SingletonSupplier.of(factory);
	}

	@Override
	public OAuth2AuthorizedClient authorize(OAuth2AuthorizeRequest authorizeRequest) {
		return this.manager.obtain().authorize(authorizeRequest);
	}

}
