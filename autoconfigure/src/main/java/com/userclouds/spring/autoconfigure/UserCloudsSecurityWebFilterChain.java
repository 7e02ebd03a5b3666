package com.userclouds.spring.autoconfigure;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;

/**
 * A reactive filter chain registered by the starter: the reactive counterpart of
 * {@link UserCloudsSecurityFilterChain}, yielding in the same way, exchange by exchange, to the application's own
 * {@link SecurityWebFilterChain}s. Ordered like it (see its constants).
 */
public final class UserCloudsSecurityWebFilterChain implements SecurityWebFilterChain {

	private final SecurityWebFilterChain delegate;

	private final ApplicationChains<SecurityWebFilterChain> applicationChains;

	/**
	 * @param delegate the chain the starter built
	 * @param allChains every reactive filter chain of the application context, the starter's included
	 */
	public UserCloudsSecurityWebFilterChain(SecurityWebFilterChain delegate,
			ObjectProvider<SecurityWebFilterChain> allChains) {
		this.delegate = delegate;
		this.applicationChains = new ApplicationChains<>(allChains, UserCloudsSecurityWebFilterChain.class);
	}

	@Override
	public Mono<Boolean> matches(ServerWebExchange exchange) {
		List<SecurityWebFilterChain> applicationChains = this.applicationChains.get();
		if (applicationChains.isEmpty()) {
			return this.delegate.matches(exchange);
		}
		return this.delegate.matches(exchange)
			.flatMap((ours) -> ours ? Flux.fromIterable(applicationChains)
				.concatMap((chain) -> chain.matches(exchange))
				.any(Boolean::booleanValue)
				.map((taken) -> !taken) : Mono.just(false));
	}

	@Override
	public Flux<WebFilter> getWebFilters() {
		return this.delegate.getWebFilters();
	}

}
