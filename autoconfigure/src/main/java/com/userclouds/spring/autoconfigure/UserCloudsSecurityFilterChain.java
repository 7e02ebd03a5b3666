package com.userclouds.spring.autoconfigure;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.SecurityFilterChain;

/**
 * A filter chain registered by the starter. Its own type lets the starter's configurations back off when the
 * application declares a {@link SecurityFilterChain} of its own ({@code @ConditionalOnMissingBean(value =
 * SecurityFilterChain.class, ignored = UserCloudsSecurityFilterChain.class)}) without backing off from each other.
 */
public final class UserCloudsSecurityFilterChain implements SecurityFilterChain {

	/** Order of the resource-server chain: bearer-protected paths are matched first. */
	public static final int RESOURCE_SERVER_ORDER = 100;

	/** Order of the login chain: everything the resource-server chain did not match. */
	public static final int LOGIN_ORDER = 200;

	private final SecurityFilterChain delegate;

	public UserCloudsSecurityFilterChain(SecurityFilterChain delegate) {
		this.delegate = delegate;
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		return this.delegate.matches(request);
	}

	@Override
	public List<Filter> getFilters() {
		return this.delegate.getFilters();
	}

}
