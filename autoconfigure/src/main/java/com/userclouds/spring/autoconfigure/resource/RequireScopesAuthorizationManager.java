package com.userclouds.spring.autoconfigure.resource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.aopalliance.intercept.MethodInvocation;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.MethodClassKey;
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

	private final Map<MethodClassKey, Requirement> requirements = new ConcurrentHashMap<>();

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			MethodInvocation invocation) {
		Object target = invocation.getThis();
		Class<?> targetClass = (target != null) ? AopUtils.getTargetClass(target)
				: invocation.getMethod().getDeclaringClass();
		Requirement requirement = this.requirements.computeIfAbsent(new MethodClassKey(invocation.getMethod(), targetClass),
				(key) -> Requirement.of(this.scanner.scan(invocation.getMethod(), targetClass)));
		if (requirement == Requirement.NONE) {
			return null;
		}
		Authentication caller = authentication.get();
		if (caller == null || !caller.isAuthenticated() || this.trustResolver.isAnonymous(caller)) {
			return requirement.denied;
		}
		return requirement.isMetBy(caller) ? requirement.granted : requirement.denied;
	}

	/**
	 * A method's {@link RequireScopes}, read once, with both of its decisions made up front: the check runs on every
	 * request, which then builds no scope set and no decision (only the small key of the lookup).
	 */
	private static final class Requirement {

		static final Requirement NONE = new Requirement(List.of(), RequireScopes.Match.ALL);

		private final List<String> scopes;

		private final RequireScopes.Match match;

		private final ScopesDecision granted;

		private final ScopesDecision denied;

		private Requirement(List<String> scopes, RequireScopes.Match match) {
			this.scopes = scopes;
			this.match = match;
			this.granted = new ScopesDecision(true, scopes, match);
			this.denied = new ScopesDecision(false, scopes, match);
		}

		static Requirement of(RequireScopes annotation) {
			return (annotation != null) ? new Requirement(List.of(annotation.value()), annotation.match()) : NONE;
		}

		boolean isMetBy(Authentication caller) {
			boolean any = this.match == RequireScopes.Match.ANY;
			for (String scope : this.scopes) {
				if (GrantedScopes.has(caller, scope) == any) {
					return any;
				}
			}
			return !any;
		}

	}

}
