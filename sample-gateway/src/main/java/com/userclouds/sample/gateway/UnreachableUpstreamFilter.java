package com.userclouds.sample.gateway;

import java.net.ConnectException;
import java.net.UnknownHostException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import com.userclouds.spring.autoconfigure.m2m.M2mTokenException;
import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * A route whose API, or whose tenant (for the token to relay), cannot be reached answers 502 Bad Gateway: the fault is
 * upstream, and a 500 would blame the gateway. Spring Cloud Gateway answers a refused connection with 500 otherwise.
 * Timeouts already give 504.
 */
@Component
class UnreachableUpstreamFilter implements GlobalFilter, Ordered {

	private static final Log logger = LogFactory.getLog(UnreachableUpstreamFilter.class);

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return chain.filter(exchange).onErrorMap(UnreachableUpstreamFilter::unreachable, (ex) -> {
			logger.warn("Route " + exchange.getRequest().getPath() + " failed upstream: " + ex.getMessage());
			return new ResponseStatusException(HttpStatus.BAD_GATEWAY, "The API or the tenant cannot be reached", ex);
		});
	}

	private static boolean unreachable(Throwable ex) {
		return ex instanceof ConnectException || ex instanceof UnknownHostException
				|| ex instanceof TenantUnavailableException
				|| (ex instanceof M2mTokenException m2m && m2m.isRetryable());
	}

	/**
	 * First, so that it sees the failures of every other filter of the route, TokenRelay's included.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
