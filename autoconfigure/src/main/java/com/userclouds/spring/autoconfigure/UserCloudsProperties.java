package com.userclouds.spring.autoconfigure;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import com.userclouds.spring.autoconfigure.tenant.TenantUrl;

/**
 * Root of the {@code userclouds.*} configuration: which tenant the application talks to and how. Each capability keeps
 * its own branch of the tree ({@code userclouds.resource-server}, {@code userclouds.login}, {@code userclouds.m2m}).
 */
@ConfigurationProperties("userclouds")
public class UserCloudsProperties implements Validator {

	/**
	 * URL of the UserClouds tenant, e.g. {@code https://acme-prod.tenant.userclouds.com}. It is the issuer that tokens
	 * must carry, compared exactly; discovery is read from {@code {tenant-url}/.well-known/openid-configuration}.
	 */
	private String tenantUrl;

	/**
	 * Endpoints that replace what discovery advertises.
	 */
	private final Endpoints endpoints = new Endpoints();

	/**
	 * How the tenant's discovery document and keys are fetched; its timeouts also bound the login's token requests.
	 */
	private final Discovery discovery = new Discovery();

	public String getTenantUrl() {
		return this.tenantUrl;
	}

	public void setTenantUrl(String tenantUrl) {
		this.tenantUrl = tenantUrl;
	}

	public Endpoints getEndpoints() {
		return this.endpoints;
	}

	@Override
	public boolean supports(Class<?> type) {
		return UserCloudsProperties.class == type;
	}

	/**
	 * Refuses a malformed {@code tenant-url} as it is bound. A missing one is refused where the tenant is built: an
	 * application that declares its own tenant bean needs none.
	 * @throws InvalidUserCloudsPropertyException naming the property
	 */
	@Override
	public void validate(Object target, Errors errors) {
		String tenantUrl = ((UserCloudsProperties) target).getTenantUrl();
		if (StringUtils.hasText(tenantUrl)) {
			TenantUrl.normalize(tenantUrl);
		}
	}

	public Discovery getDiscovery() {
		return this.discovery;
	}

	/**
	 * Explicit endpoint URLs. Each one set here is used as is; the others come from discovery.
	 */
	public static class Endpoints {

		/**
		 * Authorization endpoint, e.g. {@code {tenant-url}/oidc/authorize}.
		 */
		private URI authorization;

		/**
		 * Token endpoint, e.g. {@code {tenant-url}/oidc/token}.
		 */
		private URI token;

		/**
		 * UserInfo endpoint, e.g. {@code {tenant-url}/oidc/userinfo}.
		 */
		private URI userinfo;

		/**
		 * JSON Web Key Set with the tenant's signing keys, e.g. {@code {tenant-url}/.well-known/jwks.json}.
		 */
		private URI jwks;

		/**
		 * Logout endpoint. UserClouds: {@code {tenant-url}/logout}, called with {@code client_id} and
		 * {@code redirect_url}. When unset, the provider's {@code end_session_endpoint} is used if it advertises one,
		 * else {@code {tenant-url}/logout}.
		 */
		private URI logout;

		public URI getAuthorization() {
			return this.authorization;
		}

		public void setAuthorization(URI authorization) {
			this.authorization = authorization;
		}

		public URI getToken() {
			return this.token;
		}

		public void setToken(URI token) {
			this.token = token;
		}

		public URI getUserinfo() {
			return this.userinfo;
		}

		public void setUserinfo(URI userinfo) {
			this.userinfo = userinfo;
		}

		public URI getJwks() {
			return this.jwks;
		}

		public void setJwks(URI jwks) {
			this.jwks = jwks;
		}

		public URI getLogout() {
			return this.logout;
		}

		public void setLogout(URI logout) {
			this.logout = logout;
		}

	}

	/**
	 * Fetching discovery and keys from the tenant. The two timeouts also apply to the login's token endpoint requests
	 * (code exchange and refresh) and to the health probe; M2M token requests have their own
	 * ({@code userclouds.m2m.clients.<name>.connect-timeout} and {@code read-timeout}), and the login's UserInfo
	 * request uses Spring Security's defaults.
	 */
	public static class Discovery {

		/**
		 * Connect timeout for discovery and JWKS requests, the login's token requests (code exchange and refresh) and
		 * the health probe.
		 */
		private Duration connectTimeout = Duration.ofSeconds(2);

		/**
		 * Read timeout for discovery and JWKS requests, the login's token requests (code exchange and refresh) and the
		 * health probe.
		 */
		private Duration readTimeout = Duration.ofSeconds(5);

		/**
		 * After a failed discovery request, how long to answer from the failure before asking the tenant again. Keeps
		 * an unreachable tenant from being asked on every request.
		 */
		private Duration retryInterval = Duration.ofSeconds(5);

		/**
		 * How long a fetched JWK set is used before it is fetched again in the background.
		 */
		private Duration jwksCacheTtl = Duration.ofMinutes(5);

		/**
		 * Shortest time between two JWKS fetches caused by an unknown key id.
		 */
		private Duration jwksMinRefreshInterval = Duration.ofSeconds(30);

		/**
		 * How long known keys keep being used while the JWKS endpoint is unreachable.
		 */
		private Duration jwksOutageTolerance = Duration.ofHours(4);

		public Duration getConnectTimeout() {
			return this.connectTimeout;
		}

		public void setConnectTimeout(Duration connectTimeout) {
			this.connectTimeout = connectTimeout;
		}

		public Duration getReadTimeout() {
			return this.readTimeout;
		}

		public void setReadTimeout(Duration readTimeout) {
			this.readTimeout = readTimeout;
		}

		public Duration getRetryInterval() {
			return this.retryInterval;
		}

		public void setRetryInterval(Duration retryInterval) {
			this.retryInterval = retryInterval;
		}

		public Duration getJwksCacheTtl() {
			return this.jwksCacheTtl;
		}

		public void setJwksCacheTtl(Duration jwksCacheTtl) {
			this.jwksCacheTtl = jwksCacheTtl;
		}

		public Duration getJwksMinRefreshInterval() {
			return this.jwksMinRefreshInterval;
		}

		public void setJwksMinRefreshInterval(Duration jwksMinRefreshInterval) {
			this.jwksMinRefreshInterval = jwksMinRefreshInterval;
		}

		public Duration getJwksOutageTolerance() {
			return this.jwksOutageTolerance;
		}

		public void setJwksOutageTolerance(Duration jwksOutageTolerance) {
			this.jwksOutageTolerance = jwksOutageTolerance;
		}

	}

}
