package com.userclouds.spring.autoconfigure;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * A reactive filter chain registered by the starter: the reactive counterpart of
 * {@link UserCloudsSecurityFilterChain}, so the starter's configurations back off from the application's own
 * {@link SecurityWebFilterChain} without backing off from each other. Ordered like it (see its constants).
 */
public final class UserCloudsSecurityWebFilterChain implements SecurityWebFilterChain {

	private final SecurityWebFilterChain delegate;

	public UserCloudsSecurityWebFilterChain(SecurityWebFilterChain delegate) {
		this.delegate = delegate;
	}

	@Override
	public Mono<Boolean> matches(ServerWebExchange exchange) {
		return this.delegate.matches(exchange);
	}

	@Override
	public Flux<WebFilter> getWebFilters() {
		return this.delegate.getWebFilters();
	}

}
