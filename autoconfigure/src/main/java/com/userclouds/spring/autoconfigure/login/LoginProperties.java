package com.userclouds.spring.autoconfigure.login;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;

/**
 * User login for a web application ({@code userclouds.login.*}). Login is on when {@code client-id} is set.
 */
@ConfigurationProperties("userclouds.login")
public class LoginProperties implements Validator {

	/**
	 * Whether login is on when a client id is set. Turn it off in an API-only application that a local tenant would
	 * otherwise give a login client.
	 */
	private boolean enabled = true;

	/**
	 * Client id of the application's login client in the tenant. Setting it switches login on.
	 */
	private String clientId;

	/**
	 * Client secret. Absent: the application is a public client and always uses PKCE.
	 */
	private String clientSecret;

	/**
	 * The login flow: pkce (authorization code with PKCE), authorization-code, hybrid or implicit.
	 */
	private LoginFlow flow = LoginFlow.PKCE;

	/**
	 * Response type for the hybrid flow ("code id_token" by default, "code token", "code id_token token") or the
	 * implicit flow ("id_token token" by default, "id_token"). Ignored by the code flows.
	 */
	private String responseType;

	/**
	 * Response mode to ask for: query, fragment or form_post. Unset: none is sent and the provider answers with its
	 * default for the flow. Responses are accepted in every mode whatever is asked (UserClouds ignores it and always
	 * answers in the query string).
	 */
	private ResponseMode responseMode;

	/**
	 * Scopes to ask for; "openid" is required.
	 */
	private List<String> scopes = new ArrayList<>(List.of("openid", "profile", "email"));

	/**
	 * Where the provider sends the browser after logout. May use {baseUrl}. Unset: the application's root.
	 */
	private String postLogoutRedirectUri = "{baseUrl}/";

	/**
	 * Require c_hash and at_hash in front-channel ID tokens (OpenID Connect Core) instead of compensating for their
	 * absence. Leave off for UserClouds, which never sends them; turn on for strict providers.
	 */
	private boolean requireTokenHashes;

	/**
	 * Call the tenant's UserInfo endpoint after a login that brought an access token, adding its claims to the user's.
	 * Turn off to keep the ID token's claims alone, e.g. for a provider whose UserInfo endpoint refuses access tokens
	 * issued for another resource.
	 */
	private boolean userInfo = true;

	/**
	 * Paths served without login (Ant patterns). Every other path of the login filter chain requires a logged-in
	 * user. The actuator's health endpoint is public so that probes reach it; it shows details only to callers the
	 * actuator authorizes ({@code management.endpoint.health.show-details}).
	 */
	private List<String> publicPaths = new ArrayList<>(List.of("/", "/error", "/public/**", "/css/**", "/js/**",
			"/images/**", "/webjars/**", "/favicon.ico", "/actuator/health", "/actuator/health/**"));

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

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

	@Override
	public boolean supports(Class<?> type) {
		return LoginProperties.class == type;
	}

	/**
	 * Refuses, as they are bound, a response type the flow does not have and scopes without {@code openid}.
	 * @throws InvalidUserCloudsPropertyException naming the property
	 */
	@Override
	public void validate(Object target, Errors errors) {
		LoginProperties properties = (LoginProperties) target;
		properties.checkedResponseType();
		if (properties.getScopes() == null || !properties.getScopes().contains("openid")) {
			throw invalid("userclouds.login.scopes", properties.getScopes(), "must contain openid",
					"Add openid to userclouds.login.scopes (login reads the user from the ID token).");
		}
	}

	/**
	 * The {@code response_type} to send: the configured one in the flow's spelling (its words may come in any order),
	 * or the flow's default.
	 * @throws InvalidUserCloudsPropertyException if the flow has no such response type
	 */
	String checkedResponseType() {
		List<String> allowed = this.flow.responseTypes();
		if (!StringUtils.hasText(this.responseType)) {
			return allowed.get(0);
		}
		Set<String> words = new HashSet<>(List.of(this.responseType.trim().split("\\s+")));
		for (String candidate : allowed) {
			if (Set.of(candidate.split(" ")).equals(words)) {
				return candidate;
			}
		}
		throw invalid("userclouds.login.response-type", this.responseType,
				"'" + this.responseType + "' is not a response type of the " + this.flow + " flow",
				"Set userclouds.login.response-type to one of " + allowed + " or remove it to use '" + allowed.get(0)
						+ "'.");
	}

	private static InvalidUserCloudsPropertyException invalid(String property, Object value, String problem,
			String action) {
		return new InvalidUserCloudsPropertyException(property, value,
				"UserClouds login is misconfigured: " + property + ": " + problem, action);
	}

	public LoginFlow getFlow() {
		return this.flow;
	}

	public void setFlow(LoginFlow flow) {
		this.flow = flow;
	}

	public String getResponseType() {
		return this.responseType;
	}

	public void setResponseType(String responseType) {
		this.responseType = responseType;
	}

	public ResponseMode getResponseMode() {
		return this.responseMode;
	}

	public void setResponseMode(ResponseMode responseMode) {
		this.responseMode = responseMode;
	}

	public List<String> getScopes() {
		return this.scopes;
	}

	public void setScopes(List<String> scopes) {
		this.scopes = scopes;
	}

	public String getPostLogoutRedirectUri() {
		return this.postLogoutRedirectUri;
	}

	public void setPostLogoutRedirectUri(String postLogoutRedirectUri) {
		this.postLogoutRedirectUri = postLogoutRedirectUri;
	}

	public boolean isRequireTokenHashes() {
		return this.requireTokenHashes;
	}

	public void setRequireTokenHashes(boolean requireTokenHashes) {
		this.requireTokenHashes = requireTokenHashes;
	}

	public boolean isUserInfo() {
		return this.userInfo;
	}

	public void setUserInfo(boolean userInfo) {
		this.userInfo = userInfo;
	}

	public List<String> getPublicPaths() {
		return this.publicPaths;
	}

	public void setPublicPaths(List<String> publicPaths) {
		this.publicPaths = publicPaths;
	}

}
