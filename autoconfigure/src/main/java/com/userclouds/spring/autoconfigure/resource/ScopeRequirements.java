package com.userclouds.spring.autoconfigure.resource;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.core.MethodClassKey;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.SecurityAnnotationScanner;
import org.springframework.security.core.annotation.SecurityAnnotationScanners;

/**
 * The {@link RequireScopes} of each handler method (the method's annotation, else its class's), read once, and the
 * decision on a caller: the one implementation of the scope check, which the servlet stack runs as method security
 * and the reactive stack around its handler methods. An anonymous or missing caller is denied.
 */
final class ScopeRequirements {

	private final SecurityAnnotationScanner<RequireScopes> scanner = SecurityAnnotationScanners
		.requireUnique(RequireScopes.class);

	private final Map<MethodClassKey, Requirement> requirements = new ConcurrentHashMap<>();

	/** What {@code method}, called on an instance of {@code targetClass}, requires; {@link Requirement#NONE} if nothing. */
	Requirement of(Method method, Class<?> targetClass) {
		return this.requirements.computeIfAbsent(new MethodClassKey(method, targetClass),
				(key) -> Requirement.of(this.scanner.scan(method, targetClass)));
	}

	/**
	 * A method's {@link RequireScopes} with both of its decisions made up front: the check runs on every request,
	 * which then builds no scope set and no decision.
	 */
	static final class Requirement {

		static final Requirement NONE = new Requirement(List.of(), RequireScopes.Match.ALL);

		private static final AuthenticationTrustResolver trustResolver = new AuthenticationTrustResolverImpl();

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

		/** The decision on {@code caller}; {@code null} for a method that requires nothing. */
		ScopesDecision decide(Authentication caller) {
			if (this == NONE) {
				return null;
			}
			if (caller == null || !caller.isAuthenticated() || trustResolver.isAnonymous(caller)) {
				return this.denied;
			}
			return isMetBy(caller) ? this.granted : this.denied;
		}

		private boolean isMetBy(Authentication caller) {
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
