package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.util.Optional;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.server.DefaultServerRedirectStrategy;
import org.springframework.security.web.server.ServerRedirectStrategy;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;

/**
 * Ends the user's session at the tenant too once the local session has ended, on WebFlux ({@link TenantLogout}, the
 * servlet stack's decision). The decision may read the tenant's discovery document, so it runs on a thread that may
 * block.
 */
final class ReactiveTenantLogoutSuccessHandler implements ServerLogoutSuccessHandler {

	private final TenantLogout tenantLogout;

	private final OidcClientInitiatedServerLogoutSuccessHandler rpInitiated;

	private final ServerRedirectStrategy redirects = new DefaultServerRedirectStrategy();

	ReactiveTenantLogoutSuccessHandler(TenantLogout tenantLogout, ReactiveClientRegistrationRepository registrations) {
		this.tenantLogout = tenantLogout;
		this.rpInitiated = new OidcClientInitiatedServerLogoutSuccessHandler(registrations);
		this.rpInitiated.setPostLogoutRedirectUri(tenantLogout.postLogoutRedirectUri());
	}

	@Override
	public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
		ServerHttpRequest request = exchange.getExchange().getRequest();
		String baseUrl = TenantLogout.baseUrl(request.getURI(), request.getPath().contextPath().value());
		return Mono.fromCallable(() -> Optional.ofNullable(this.tenantLogout.redirectAfterLocalLogout(baseUrl)))
			.subscribeOn(Schedulers.boundedElastic())
			.flatMap((redirect) -> redirect.isPresent()
					? this.redirects.sendRedirect(exchange.getExchange(), URI.create(redirect.get()))
					: this.rpInitiated.onLogoutSuccess(exchange, authentication));
	}

}
