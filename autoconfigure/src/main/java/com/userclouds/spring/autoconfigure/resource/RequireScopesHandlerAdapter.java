package com.userclouds.spring.autoconfigure.resource;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.reactive.HandlerAdapter;
import org.springframework.web.reactive.HandlerResult;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;
import org.springframework.web.server.ServerWebExchange;

/**
 * Enforces {@link RequireScopes} on WebFlux handler methods, whatever they return (a {@code Mono}, a {@code Flux} or a
 * plain object), before they are invoked. Written by hand: Spring Security's reactive method security intercepts only
 * methods that return a {@code Publisher}, so a controller returning a plain object would go unchecked. It comes
 * first among the handler adapters and hands every handler method on to WebFlux's own
 * {@link RequestMappingHandlerAdapter}. A refusal is an {@link AuthorizationDeniedException} carrying the
 * {@link ScopesDecision}, which the security chain's exception translation answers with 403
 * {@code insufficient_scope}, as method security's refusal is answered on the servlet stack.
 */
final class RequireScopesHandlerAdapter implements HandlerAdapter, Ordered {

	private final ScopeRequirements requirements = new ScopeRequirements();

	/** Looked up on first use: the adapter is a bean of the same kind, created by WebFlux's configuration. */
	private final SingletonSupplier<RequestMappingHandlerAdapter> handlerMethods;

	RequireScopesHandlerAdapter(ObjectProvider<RequestMappingHandlerAdapter> handlerMethods) {
		this.handlerMethods = SingletonSupplier.of(handlerMethods::getObject);
	}

	@Override
	public boolean supports(Object handler) {
		return handler instanceof HandlerMethod && this.handlerMethods.obtain().supports(handler);
	}

	@Override
	public Mono<HandlerResult> handle(ServerWebExchange exchange, Object handler) {
		HandlerMethod method = (HandlerMethod) handler;
		ScopeRequirements.Requirement requirement = this.requirements.of(method.getMethod(), method.getBeanType());
		if (requirement == ScopeRequirements.Requirement.NONE) {
			return this.handlerMethods.obtain().handle(exchange, handler);
		}
		return ReactiveSecurityContextHolder.getContext()
			.mapNotNull(SecurityContext::getAuthentication)
			.map(requirement::decide)
			.defaultIfEmpty(requirement.decide(null))
			.flatMap((decision) -> decision.isGranted() ? this.handlerMethods.obtain().handle(exchange, handler)
					: Mono.error(new AuthorizationDeniedException("Access Denied", decision)));
	}

	@Override
	public int getOrder() {
		// WebFlux's own adapters are unordered, which sorts them last
		return 0;
	}

}
