package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.DefaultSecurityFilterChain;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;

/**
 * Warns at startup when an application chain takes every request, the API paths included, and validates no bearer
 * token: the starter's API chain yields to it ({@link UserCloudsSecurityFilterChain}), so the API is then protected by
 * the application's rules alone. A chain that takes only some paths is left to the request-by-request yield.
 */
final class UnprotectedApiPathsWarning implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(UnprotectedApiPathsWarning.class);

	private final ObjectProvider<SecurityFilterChain> chains;

	private final List<String> paths;

	UnprotectedApiPathsWarning(ObjectProvider<SecurityFilterChain> chains, List<String> paths) {
		this.chains = chains;
		this.paths = paths;
	}

	@Override
	public void afterSingletonsInstantiated() {
		this.chains.orderedStream()
			.filter(UnprotectedApiPathsWarning::takesEveryRequestWithoutBearerTokens)
			.findFirst()
			.ifPresent((chain) -> logger.warn("The application's filter chain " + chain + " takes every request, "
					+ "including " + ResourceServerPaths.PATHS_PROPERTY + " " + this.paths
					+ ", and validates no bearer token there: give it a securityMatcher that leaves those paths to the "
					+ "starter, or add http.with(UserCloudsResourceServer.userCloudsResourceServer(), withDefaults())"));
	}

	private static boolean takesEveryRequestWithoutBearerTokens(SecurityFilterChain chain) {
		return chain instanceof DefaultSecurityFilterChain defaultChain
				&& defaultChain.getRequestMatcher() instanceof AnyRequestMatcher
				&& chain.getFilters().stream().noneMatch(BearerTokenAuthenticationFilter.class::isInstance);
	}

}
