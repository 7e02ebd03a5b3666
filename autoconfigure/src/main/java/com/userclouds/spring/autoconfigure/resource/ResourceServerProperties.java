package com.userclouds.spring.autoconfigure.resource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;

/**
 * Bearer-token protection of the application's API by the tenant's access tokens.
 */
@ConfigurationProperties(ResourceServerProperties.PREFIX)
public class ResourceServerProperties implements Validator {

	static final String PREFIX = "userclouds.resource-server";

	/**
	 * Whether the starter protects the API paths with bearer access tokens from the tenant.
	 */
	private boolean enabled = true;

	/**
	 * Path patterns protected by bearer access tokens; every request to them needs a valid access token. Other paths
	 * are left to other filter chains (the starter's login, or the application's own).
	 */
	private List<String> paths = List.of("/api/**");

	/**
	 * Audiences an access token must name (one of them is enough). When empty: the tenant URL, which UserClouds puts
	 * in every user and machine-to-machine access token.
	 */
	private List<String> audiences = new ArrayList<>();

	/**
	 * Tolerated difference between the tenant's clock and this application's, applied to exp, nbf and iat.
	 */
	private Duration clockSkew = Duration.ofSeconds(60);

	/**
	 * Whether ID tokens are accepted as if they were access tokens. UserClouds' own services accept them, but an ID
	 * token proves a login to a client and is no credential for an API; keep this off unless a legacy client sends
	 * ID tokens and cannot be changed.
	 */
	private boolean acceptIdTokens = false;

	/**
	 * JWS algorithms a token may be signed with. Only asymmetric algorithms (RS*, PS*, ES*, EdDSA) are allowed; never
	 * none or HS*. When empty: RS256 plus the asymmetric algorithms the tenant's discovery document advertises once
	 * it has been read.
	 */
	private List<String> algorithms = new ArrayList<>();

	/**
	 * Claims turned into granted authorities, each with its prefix. The default maps the space-separated scope claim
	 * and the scp claim (array or string) to SCOPE_* authorities, so
	 * {@code @PreAuthorize("hasAuthority('SCOPE_orders:read')")} works.
	 */
	private List<AuthorityMapping> authorities = new ArrayList<>(
			List.of(new AuthorityMapping("scope", "SCOPE_"), new AuthorityMapping("scp", "SCOPE_")));

	/**
	 * Cache of validated access tokens.
	 */
	private final Cache cache = new Cache();

	/**
	 * DPoP-bound access tokens (RFC 9449).
	 */
	private final Dpop dpop = new Dpop();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	@Override
	public boolean supports(Class<?> type) {
		return ResourceServerProperties.class == type;
	}

	/**
	 * Refuses, as they are bound, settings that neither stack's resource server can work with.
	 * @throws InvalidUserCloudsPropertyException naming the property
	 */
	@Override
	public void validate(Object target, Errors errors) {
		ResourceServerProperties properties = (ResourceServerProperties) target;
		List<String> paths = properties.getPaths();
		if (paths == null || paths.isEmpty() || paths.stream().anyMatch((path) -> path == null || !path.startsWith("/"))) {
			throw invalid("paths", paths, "give at least one path pattern, each starting with '/', e.g. /api/**");
		}
		if (properties.getAudiences().stream().anyMatch((audience) -> audience == null || audience.isBlank())) {
			throw invalid("audiences", properties.getAudiences(), "an audience cannot be blank");
		}
		if (properties.getClockSkew() == null || properties.getClockSkew().isNegative()) {
			throw invalid("clock-skew", properties.getClockSkew(), "the clock skew must be zero or positive, e.g. 60s");
		}
		SigningAlgorithms.parse(properties.getAlgorithms());
		if (properties.getCache().isEnabled() && properties.getCache().getMaxSize() < 1) {
			throw invalid("cache.max-size", properties.getCache().getMaxSize(),
					"give at least 1, or switch the cache off with userclouds.resource-server.cache.enabled=false");
		}
	}

	/**
	 * @param property the name under {@code userclouds.resource-server}, e.g. {@code clock-skew}
	 */
	static InvalidUserCloudsPropertyException invalid(String property, Object value, String reason) {
		String name = PREFIX + "." + property;
		return new InvalidUserCloudsPropertyException(name, value,
				"'" + name + "' is set to '" + value + "', which the UserClouds resource server cannot use: " + reason
						+ ".",
				"Fix '" + name + "' (see the Resource server properties in the starter's README), or remove it to use "
						+ "the default.");
	}

	public List<String> getPaths() {
		return this.paths;
	}

	public void setPaths(List<String> paths) {
		this.paths = paths;
	}

	public List<String> getAudiences() {
		return this.audiences;
	}

	public void setAudiences(List<String> audiences) {
		this.audiences = audiences;
	}

	public Duration getClockSkew() {
		return this.clockSkew;
	}

	public void setClockSkew(Duration clockSkew) {
		this.clockSkew = clockSkew;
	}

	public boolean isAcceptIdTokens() {
		return this.acceptIdTokens;
	}

	public void setAcceptIdTokens(boolean acceptIdTokens) {
		this.acceptIdTokens = acceptIdTokens;
	}

	public List<String> getAlgorithms() {
		return this.algorithms;
	}

	public void setAlgorithms(List<String> algorithms) {
		this.algorithms = algorithms;
	}

	public List<AuthorityMapping> getAuthorities() {
		return this.authorities;
	}

	public void setAuthorities(List<AuthorityMapping> authorities) {
		this.authorities = authorities;
	}

	public Cache getCache() {
		return this.cache;
	}

	public Dpop getDpop() {
		return this.dpop;
	}

	/**
	 * DPoP-bound access tokens: tokens whose {@code cnf.jkt} names the key the client proves it holds on every
	 * request.
	 */
	public static class Dpop {

		/**
		 * Whether DPoP-bound access tokens are accepted, under {@code Authorization: DPoP} with a valid {@code DPoP}
		 * proof (Spring Security's DPoP support; servlet stack only). Under {@code Bearer} they are refused either
		 * way.
		 */
		private boolean enabled = false;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

	}

	/**
	 * Validated access tokens kept so that the same token sent again is not parsed and verified again.
	 */
	public static class Cache {

		/**
		 * Whether validated tokens are cached. A cached token is still checked against exp and nbf (with the clock
		 * skew) on every request, and the cache is emptied whenever the tenant's key set changes.
		 */
		private boolean enabled = true;

		/**
		 * Most tokens kept at a time; when full, expired tokens and then arbitrary others make room.
		 */
		private int maxSize = 10_000;

		public boolean isEnabled() {
			return this.enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public int getMaxSize() {
			return this.maxSize;
		}

		public void setMaxSize(int maxSize) {
			this.maxSize = maxSize;
		}

	}

	/**
	 * One claim whose values become granted authorities.
	 */
	public static class AuthorityMapping {

		/**
		 * Name of the claim: a space-separated string or an array of strings.
		 */
		private String claim;

		/**
		 * Prefix put before each value, e.g. SCOPE_ or ROLE_.
		 */
		private String prefix = "";

		public AuthorityMapping() {
		}

		public AuthorityMapping(String claim, String prefix) {
			this.claim = claim;
			this.prefix = prefix;
		}

		public String getClaim() {
			return this.claim;
		}

		public void setClaim(String claim) {
			this.claim = claim;
		}

		public String getPrefix() {
			return this.prefix;
		}

		public void setPrefix(String prefix) {
			this.prefix = prefix;
		}

	}

}
