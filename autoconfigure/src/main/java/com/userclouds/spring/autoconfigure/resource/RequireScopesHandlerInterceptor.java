package com.userclouds.spring.autoconfigure.resource;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link RequireScopes} on Spring MVC handler methods before they are invoked, with each handler method's
 * requirement read once ({@link ScopeRequirements}), as WebFlux's {@link RequireScopesHandlerAdapter} does. Written by
 * hand rather than left to method security: the annotation never changes at run time, and method security would put a
 * proxy around every annotated controller and run an interceptor chain on each call. A refusal is the same
 * {@link AuthorizationDeniedException} carrying a {@link ScopesDecision} that method security throws, answered by the
 * chain's exception translation with 403 {@code insufficient_scope}.
 */
final class RequireScopesHandlerInterceptor implements HandlerInterceptor {

	private final ScopeRequirements requirements = new ScopeRequirements();

	private final SecurityContextHolderStrategy securityContexts = SecurityContextHolder.getContextHolderStrategy();

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod method) {
			ScopeRequirements.Requirement requirement = this.requirements.of(method.getMethod(), method.getBeanType());
			if (requirement != ScopeRequirements.Requirement.NONE) {
				ScopesDecision decision = requirement.decide(this.securityContexts.getContext().getAuthentication());
				if (!decision.isGranted()) {
					throw new AuthorizationDeniedException("Access Denied", decision);
				}
			}
		}
		return true;
	}

}
