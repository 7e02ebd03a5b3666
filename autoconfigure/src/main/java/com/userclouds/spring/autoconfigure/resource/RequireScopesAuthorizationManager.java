package com.userclouds.spring.autoconfigure.resource;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.support.AopUtils;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.SecurityAnnotationScanner;
import org.springframework.security.core.annotation.SecurityAnnotationScanners;

/**
 * Decides {@link RequireScopes}: the method's annotation, else its class's, against the caller's
 * {@link GrantedScopes}. An anonymous or missing caller is denied.
 */
final class RequireScopesAuthorizationManager implements AuthorizationManager<MethodInvocation> {

	private final SecurityAnnotationScanner<RequireScopes> scanner = SecurityAnnotationScanners
		.requireUnique(RequireScopes.class);

	private final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			MethodInvocation invocation) {
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target)
				: invocation.getMethod().getDeclaringClass();
		RequireScopes annotation = this.scanner.scan(invocation.getMethod(), targetClass);
		if (annotation == null) {
			return null;
		}
		List<String> required = Arrays.asList(annotation.value());
		Authentication caller = authentication.get();
		if (caller == null || !caller.isAuthenticated() || this.trustResolver.isAnonymous(caller)) {
			return new ScopesDecision(false, required, annotation.match());
		}
		Set<String> granted = GrantedScopes.of(caller);
		boolean allowed = (annotation.match() == RequireScopes.Match.ANY) ? required.stream().anyMatch(granted::contains)
				: granted.containsAll(required);
		return new ScopesDecision(allowed, required, annotation.match());
	}

}
