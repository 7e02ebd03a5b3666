package com.userclouds.spring.autoconfigure;

import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.security.web.SecurityFilterChain;

/**
 * A filter chain registered by the starter. It yields, request by request, to the application's own chains: a request
 * that any {@link SecurityFilterChain} of the application matches is left to that chain, whatever its order, and the
 * starter's chain takes the rest of its paths. So an application chain for {@code /actuator/**} leaves the API and
 * the login protected, one that matches every request replaces both, and one built with the starter's configurers
 * ({@code UserCloudsResourceServer}, {@code UserCloudsLogin}) keeps every check on the paths it takes.
 * <p>
 * The starter's chains come first (see the orders below) so that Spring Security's check against chains hidden behind
 * an any-request chain never fires because of them; yielding puts them, in effect, after the application's.
 */
public final class UserCloudsSecurityFilterChain implements SecurityFilterChain {

	/** Order of the resource-server chain: bearer-protected paths are matched first. */
	public static final int RESOURCE_SERVER_ORDER = Ordered.HIGHEST_PRECEDENCE + 100;

	/** Order of the login chain: everything the resource-server chain did not match. */
	public static final int LOGIN_ORDER = Ordered.HIGHEST_PRECEDENCE + 200;

	private final SecurityFilterChain delegate;

	private final ApplicationChains<SecurityFilterChain> applicationChains;

	/**
	 * @param delegate the chain the starter built
	 * @param allChains every filter chain of the application context, the starter's included
	 */
	public UserCloudsSecurityFilterChain(SecurityFilterChain delegate, ObjectProvider<SecurityFilterChain> allChains) {
		this.delegate = delegate;
		this.applicationChains = new ApplicationChains<>(allChains, UserCloudsSecurityFilterChain.class);
	}

	@Override
	public boolean matches(HttpServletRequest request) {
		if (!this.delegate.matches(request)) {
			return false;
		}
		for (SecurityFilterChain chain : this.applicationChains.get()) {
			if (chain.matches(request)) {
				return false;
			}
		}
		return true;
	}

	@Override
	public List<Filter> getFilters() {
		return this.delegate.getFilters();
	}

}
