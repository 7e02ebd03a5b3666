package com.userclouds.spring.autoconfigure.resource;

import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.support.AopUtils;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;

/**
 * Decides {@link RequireScopes} as servlet method security, with {@link ScopeRequirements}.
 */
final class RequireScopesAuthorizationManager implements AuthorizationManager<MethodInvocation> {

	private final ScopeRequirements requirements = new ScopeRequirements();

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			MethodInvocation invocation) {
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target)
				: invocation.getMethod().getDeclaringClass();
		ScopeRequirements.Requirement requirement = this.requirements.of(invocation.getMethod(), targetClass);
		return (requirement == ScopeRequirements.Requirement.NONE) ? null : requirement.decide(authentication.get());
	}

}
