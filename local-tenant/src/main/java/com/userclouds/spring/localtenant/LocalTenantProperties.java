package com.userclouds.spring.localtenant;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The local tenant: an OpenID provider on loopback that stands in for a UserClouds tenant when
 * {@code userclouds.tenant-url} is not set. Read from the application's environment before its context starts.
 */
@ConfigurationProperties(LocalTenantProperties.PREFIX)
public class LocalTenantProperties {

	/**
	 * Prefix of these properties.
	 */
	public static final String PREFIX = "userclouds.local-tenant";

	/**
	 * Whether to start (or reuse) a local tenant when {@code userclouds.tenant-url} is not set. Unset: only in
	 * development (an active {@code dev} or {@code local} profile, or Spring Boot DevTools on the classpath), and
	 * otherwise a missing {@code userclouds.tenant-url} stops startup; {@code true}: always; {@code false}: never.
	 * Its dev users' passwords and dev clients' secrets are published, so it is never on in production by default.
	 */
	private Boolean enabled;

	/**
	 * Port of the local tenant; a tenant already answering there is reused if it proves this user started it (the
	 * secret in {@code local-tenant-<port>.secret} next to the key file). 0 picks a free port and never reuses.
	 */
	private int port = 9000;

	/**
	 * Address the local tenant listens on. Loopback only: any other address stops startup.
	 */
	private String address = "127.0.0.1";

	/**
	 * File holding the tenant's RSA signing key (a private JWK), created on first start so that tokens stay valid
	 * across restarts.
	 */
	private Path keyFile = Path.of(System.getProperty("user.home"), ".userclouds", "local-tenant-signing-key.json");

	/**
	 * Whether token responses and tokens take the standard shape ({@code expires_in}, {@code typ: at+jwt},
	 * {@code at_hash}/{@code c_hash}) instead of UserClouds' shape.
	 */
	private boolean standardShape = false;

	/**
	 * Lifetime of access and ID tokens (UserClouds' default is one day).
	 */
	private Duration tokenLifetime = Duration.ofDays(1);

	/**
	 * Dev users who can log in on the tenant's login form.
	 */
	private List<User> users = new ArrayList<>(List.of(new User("alice", "alice-password", "Alice Example",
			"alice@example.com", List.of("orders:read", "orders:write")),
			new User("bob", "bob-password", "Bob Example", "bob@example.com", List.of("orders:read"))));

	/**
	 * The dev login client (authorization code, PKCE, hybrid and implicit flows).
	 */
	private final LoginClient login = new LoginClient();

	/**
	 * The dev machine-to-machine client (client credentials).
	 */
	private final M2mClient m2m = new M2mClient();

	public Boolean getEnabled() {
		return this.enabled;
	}

	public void setEnabled(Boolean enabled) {
		this.enabled = enabled;
	}

	public int getPort() {
		return this.port;
	}

	public void setPort(int port) {
		this.port = port;
	}

	public String getAddress() {
		return this.address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public Path getKeyFile() {
		return this.keyFile;
	}

	public void setKeyFile(Path keyFile) {
		this.keyFile = keyFile;
	}

	public boolean isStandardShape() {
		return this.standardShape;
	}

	public void setStandardShape(boolean standardShape) {
		this.standardShape = standardShape;
	}

	public Duration getTokenLifetime() {
		return this.tokenLifetime;
	}

	public void setTokenLifetime(Duration tokenLifetime) {
		this.tokenLifetime = tokenLifetime;
	}

	public List<User> getUsers() {
		return this.users;
	}

	public void setUsers(List<User> users) {
		this.users = users;
	}

	public LoginClient getLogin() {
		return this.login;
	}

	public M2mClient getM2m() {
		return this.m2m;
	}

	/**
	 * A dev user.
	 */
	public static class User {

		/**
		 * Name typed on the login form.
		 */
		private String username;

		/**
		 * Password typed on the login form (kept in plain text: these are dev users).
		 */
		private String password;

		/**
		 * Full name, the {@code name} claim.
		 */
		private String name;

		/**
		 * E-mail address, the {@code email} claim.
		 */
		private String email;

		/**
		 * Scopes the user's access tokens carry in their {@code scope} claim.
		 */
		private List<String> scopes = new ArrayList<>();

		public User() {
		}

		public User(String username, String password, String name, String email, List<String> scopes) {
			this.username = username;
			this.password = password;
			this.name = name;
			this.email = email;
			this.scopes = new ArrayList<>(scopes);
		}

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return this.email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

	}

	/**
	 * The dev login client: confidential ({@code client_secret_basic} or {@code client_secret_post}), and also usable
	 * as a public client with PKCE.
	 */
	public static class LoginClient {

		/**
		 * Client id, filled into {@code userclouds.login.client-id} unless the application sets it.
		 */
		private String clientId = "local-tenant-login";

		/**
		 * Client secret, filled into {@code userclouds.login.client-secret} unless the application sets it.
		 */
		private String clientSecret = "local-tenant-login-secret";

		/**
		 * Scopes the client may request.
		 */
		private List<String> scopes = new ArrayList<>(
				List.of("openid", "profile", "email", "orders:read", "orders:write"));

		/**
		 * Redirect URIs. A loopback URI (localhost, 127.0.0.1, [::1]) matches any loopback host and port with the
		 * same path, so the application may run on any port under either name.
		 */
		private List<String> redirectUris = new ArrayList<>(
				List.of("http://127.0.0.1/login/oauth2/code/userclouds"));

		/**
		 * Where {@code /logout} may send the browser back to ({@code redirect_url}); loopback URIs match as for
		 * redirect URIs.
		 */
		private List<String> postLogoutRedirectUris = new ArrayList<>(
				List.of("http://127.0.0.1/", "http://127.0.0.1/login?logout"));

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

		public List<String> getRedirectUris() {
			return this.redirectUris;
		}

		public void setRedirectUris(List<String> redirectUris) {
			this.redirectUris = redirectUris;
		}

		public List<String> getPostLogoutRedirectUris() {
			return this.postLogoutRedirectUris;
		}

		public void setPostLogoutRedirectUris(List<String> postLogoutRedirectUris) {
			this.postLogoutRedirectUris = postLogoutRedirectUris;
		}

	}

	/**
	 * The dev machine-to-machine client.
	 */
	public static class M2mClient {

		/**
		 * Client id, filled into every {@code userclouds.m2m.clients.<name>.client-id} the application leaves unset.
		 */
		private String clientId = "local-tenant-m2m";

		/**
		 * Client secret, filled in alongside the client id.
		 */
		private String clientSecret = "local-tenant-m2m-secret";

		/**
		 * Scopes the client is granted; all of them when a token request names none.
		 */
		private List<String> scopes = new ArrayList<>(List.of("orders:read", "orders:write"));

		public String getClientId() {
			return this.clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getClientSecret() {
			return this.clientSecret;
		}

		public void setClientSecret(String clientSecret) {
			this.clientSecret = clientSecret;
		}

		public List<String> getScopes() {
			return this.scopes;
		}

		public void setScopes(List<String> scopes) {
			this.scopes = scopes;
		}

	}

}
