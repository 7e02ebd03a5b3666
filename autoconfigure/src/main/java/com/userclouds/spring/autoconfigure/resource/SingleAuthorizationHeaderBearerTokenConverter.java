package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;

/**
 * The reactive stack's reading of the bearer token: one {@code Authorization} header read by
 * {@link BearerAuthorizationHeader}, as {@link SingleAuthorizationHeaderBearerTokenResolver} reads it, so both stacks accept and refuse the same headers (several
 * {@code Authorization} headers: 400 {@code invalid_request}).
 */
final class SingleAuthorizationHeaderBearerTokenConverter implements ServerAuthenticationConverter {

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		List<String> headers = exchange.getRequest().getHeaders().get(HttpHeaders.AUTHORIZATION);
		if (headers == null || headers.isEmpty()) {
			return Mono.empty();
		}
		try {
			String token = BearerAuthorizationHeader.tokenOf(headers.get(0), headers.size() > 1);
			return (token != null) ? Mono.just(new BearerTokenAuthenticationToken(token)) : Mono.empty();
		}
		catch (RuntimeException ex) {
			return Mono.error(ex);
		}
	}

}
