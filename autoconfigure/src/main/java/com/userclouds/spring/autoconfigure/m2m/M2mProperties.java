package com.userclouds.spring.autoconfigure.m2m;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import com.userclouds.spring.autoconfigure.token.ExpiryFromJwtTokenResponseConverter;

/**
 * Machine-to-machine clients: applications that get access tokens with the client-credentials grant and call APIs
 * with them.
 */
@ConfigurationProperties(M2mProperties.PREFIX)
public class M2mProperties implements Validator {

	static final String PREFIX = "userclouds.m2m";

	/**
	 * Client-credentials clients by name. The name is the Spring Security client registration id (usable with
	 * {@code @ClientRegistrationId}) and the key to ask {@code UserCloudsRestClients} for its HTTP client.
	 */
	private final Map<String, Client> clients = new LinkedHashMap<>();

	public Map<String, Client> getClients() {
		return this.clients;
	}

	@Override
	public boolean supports(Class<?> type) {
		return M2mProperties.class == type;
	}

	/**
	 * Refuses, as they are bound, client settings that cannot work ({@link M2mPropertiesValidator}).
	 * @throws com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException naming the property
	 */
	@Override
	public void validate(Object target, Errors errors) {
		M2mPropertiesValidator.validate((M2mProperties) target);
	}

	static String clientProperty(String clientName, String property) {
		return PREFIX + ".clients." + clientName + "." + property;
	}

	/**
	 * How a client authenticates at the token endpoint.
	 */
	public enum AuthMethod {

		/** HTTP Basic authentication with the client id and secret. */
		CLIENT_SECRET_BASIC,

		/** Client id and secret as form parameters. */
		CLIENT_SECRET_POST

	}

	/**
	 * One client-credentials client.
	 */
	public static class Client {

		/**
		 * Client id of the application registered in the tenant.
		 */
		private String clientId;

		/**
		 * Client secret of the application registered in the tenant. Never logged.
		 */
		private String clientSecret;

		/**
		 * Scopes requested with each token.
		 */
		private List<String> scopes = new ArrayList<>();

		/**
		 * Audiences requested with each token, sent as {@code audience} form parameters (one per value).
		 */
		private List<String> audiences = new ArrayList<>();

		/**
		 * How the client authenticates at the token endpoint.
		 */
		private AuthMethod authMethod = AuthMethod.CLIENT_SECRET_BASIC;

		/**
		 * How long before a token expires it is renewed in the background while callers keep using it. Capped at
		 * half the token's lifetime.
		 */
		private Duration refreshBefore = Duration.ofMinutes(5);

		/**
		 * Lifetime assumed for an opaque access token that comes without {@code expires_in}; deliberately short, as
		 * the real lifetime is unknown.
		 */
		private Duration opaqueTokenLifetime = ExpiryFromJwtTokenResponseConverter.DEFAULT_OPAQUE_TOKEN_LIFETIME;

		/**
		 * Connect timeout for token requests.
		 */
		private Duration connectTimeout = Duration.ofSeconds(2);

		/**
		 * Read timeout for token requests: how long to wait for the token endpoint's answer.
		 */
		private Duration readTimeout = Duration.ofSeconds(5);

		/**
		 * Attempts per token request when the token endpoint times out, cannot be reached or answers 5xx (1 = no
		 * retry). Client errors (4xx) are never retried.
		 */
		private int maxAttempts = 3;

		/**
		 * Wait before the first retry of a token request; doubled for every further retry, with random jitter.
		 */
		private Duration initialBackoff = Duration.ofMillis(200);

		/**
		 * Longest wait between two attempts of a token request.
		 */
		private Duration maxBackoff = Duration.ofSeconds(2);

		/**
		 * Base URL of the API this client calls: relative URIs of its {@code RestClient} are resolved against it.
		 */
		private URI baseUrl;

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

		public List<String> getAudiences() {
			return this.audiences;
		}

		public void setAudiences(List<String> audiences) {
			this.audiences = audiences;
		}

		public AuthMethod getAuthMethod() {
			return this.authMethod;
		}

		public void setAuthMethod(AuthMethod authMethod) {
			this.authMethod = authMethod;
		}

		public Duration getRefreshBefore() {
			return this.refreshBefore;
		}

		public void setRefreshBefore(Duration refreshBefore) {
			this.refreshBefore = refreshBefore;
		}

		public Duration getOpaqueTokenLifetime() {
			return this.opaqueTokenLifetime;
		}

		public void setOpaqueTokenLifetime(Duration opaqueTokenLifetime) {
			this.opaqueTokenLifetime = opaqueTokenLifetime;
		}

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

		public int getMaxAttempts() {
			return this.maxAttempts;
		}

		public void setMaxAttempts(int maxAttempts) {
			this.maxAttempts = maxAttempts;
		}

		public Duration getInitialBackoff() {
			return this.initialBackoff;
		}

		public void setInitialBackoff(Duration initialBackoff) {
			this.initialBackoff = initialBackoff;
		}

		public Duration getMaxBackoff() {
			return this.maxBackoff;
		}

		public void setMaxBackoff(Duration maxBackoff) {
			this.maxBackoff = maxBackoff;
		}

		public URI getBaseUrl() {
			return this.baseUrl;
		}

		public void setBaseUrl(URI baseUrl) {
			this.baseUrl = baseUrl;
		}

		/**
		 * Whether credentials are given at all. A client declared without both (e.g. the secret comes from an
		 * environment variable that is not set) is known by name but cannot fetch tokens.
		 */
		boolean hasCredentials() {
			return StringUtils.hasText(this.clientId) || StringUtils.hasText(this.clientSecret);
		}

	}

}
