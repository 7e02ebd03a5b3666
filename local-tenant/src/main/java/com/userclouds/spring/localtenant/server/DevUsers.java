package com.userclouds.spring.localtenant.server;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.util.StringUtils;

import com.userclouds.spring.localtenant.LocalTenantProperties;

/**
 * The dev users from {@code userclouds.local-tenant.users}: who may log in, and what their tokens say about them.
 */
public class DevUsers implements UserDetailsService {

	private final Map<String, DevUser> byUsername = new LinkedHashMap<>();

	public DevUsers(List<LocalTenantProperties.User> users) {
		for (LocalTenantProperties.User user : users) {
			if (!StringUtils.hasText(user.getUsername()) || !StringUtils.hasText(user.getPassword())) {
				throw new IllegalArgumentException(
						"Every userclouds.local-tenant.users entry needs a username and a password");
			}
			this.byUsername.put(user.getUsername(),
					new DevUser(idOf(user.getUsername()), user.getUsername(), user.getPassword(), user.getName(),
							user.getEmail(), Scopes.of(user.getScopes())));
		}
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		DevUser user = this.byUsername.get(username);
		if (user == null) {
			throw new UsernameNotFoundException("No dev user " + username);
		}
		// {noop}: dev users' passwords are plain text in the properties anyway
		return User.withUsername(user.username()).password("{noop}" + user.password()).roles("USER").build();
	}

	/**
	 * The dev user logged in under this name, or {@code null}.
	 */
	public DevUser find(String username) {
		return this.byUsername.get(username);
	}

	/**
	 * The users in the order they were configured.
	 */
	public List<DevUser> all() {
		return List.copyOf(this.byUsername.values());
	}

	/**
	 * A user's id is a UUID, like UserClouds', and the same on every start so that tokens survive restarts.
	 */
	static String idOf(String username) {
		return UUID.nameUUIDFromBytes(("userclouds-local-tenant:user:" + username).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	/**
	 * @param id the {@code sub} of the user's tokens
	 * @param username the login name
	 * @param password the login password
	 * @param name the {@code name} claim
	 * @param email the {@code email} claim
	 * @param scopes the {@code scope} claim of the user's access tokens
	 */
	public record DevUser(String id, String username, String password, String name, String email, Set<String> scopes) {
	}

}
