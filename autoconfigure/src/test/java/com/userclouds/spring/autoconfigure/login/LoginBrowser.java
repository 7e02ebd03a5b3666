package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser session against the application's real filter chain, on either stack, following redirects by hand so
 * each step of a login can be checked, and reading the server-side session to see what a login left there.
 */
abstract class LoginBrowser {

	static final String CALLBACK = "/login/oauth2/code/userclouds";

	private static final String SECURITY_CONTEXT = "SPRING_SECURITY_CONTEXT";

	/** A response, as far as the login suites look at it. */
	record Response(int status, String redirectedUrl, Map<String, String> headers, String body) {

		String header(String name) {
			return this.headers.entrySet()
				.stream()
				.filter((header) -> header.getKey().equalsIgnoreCase(name))
				.map(Map.Entry::getValue)
				.findFirst()
				.orElse(null);
		}

		/** The path of the redirect, whether the stack wrote an absolute or a relative location. */
		String redirectedPath() {
			return (this.redirectedUrl != null) ? URI.create(this.redirectedUrl).getPath() : null;
		}

	}

	abstract Response get(String pathAndQuery);

	/** A form post to {@code path}, without a CSRF token. */
	abstract Response post(String path, Map<String, String> form);

	/** {@code POST /logout} with this session's CSRF token, as the logout form sends it. */
	abstract Response logout();

	/** The id of this browser's session, {@code null} before it has one. */
	abstract String sessionId();

	/** Whether the session this browser had is gone from the server. */
	abstract boolean sessionEnded();

	/** The attributes of this browser's session on the server, empty when it has none. */
	abstract Map<String, Object> sessionAttributes();

	/**
	 * Opens a protected page and follows the redirects up to the tenant's authorization endpoint.
	 * @return the authorization request's parameters
	 */
	Map<String, String> startLogin() {
		Response profile = get("/profile");
		assertThat(profile.status()).isEqualTo(302);
		assertThat(profile.redirectedUrl()).endsWith("/login");
		Response login = get("/login");
		assertThat(login.redirectedPath()).isEqualTo("/oauth2/authorization/userclouds");
		Response authorize = get("/oauth2/authorization/userclouds");
		assertThat(authorize.status()).isEqualTo(302);
		return query(URI.create(authorize.redirectedUrl()));
	}

	/**
	 * Brings the tenant's response back to the redirect URI the way {@code mode} does.
	 * @return the application's answer to the (last) callback request
	 */
	Response deliver(Map<String, String> response, ResponseMode mode) {
		return switch (mode) {
			case QUERY -> get(CALLBACK + "?" + encode(response));
			case FORM_POST -> post(CALLBACK, response);
			case FRAGMENT -> {
				Response relay = get(CALLBACK);
				assertThat(relay.status()).isEqualTo(200);
				assertThat(relay.header("Content-Security-Policy")).contains("script-src 'nonce-");
				assertThat(relay.body()).contains("<form id=\"relay\" method=\"post\" action=\"" + CALLBACK + "\"");
				// what the relay page's script does with the fragment
				yield post(CALLBACK, response);
			}
		};
	}

	OAuth2AuthenticationToken authentication() {
		SecurityContext context = (SecurityContext) sessionAttributes().get(SECURITY_CONTEXT);
		return (context != null && context.getAuthentication() instanceof OAuth2AuthenticationToken token
				&& token.isAuthenticated()) ? token : null;
	}

	@SuppressWarnings("unchecked")
	OAuth2AuthorizedClient authorizedClient() {
		return sessionAttributes().entrySet()
			.stream()
			.filter((attribute) -> attribute.getKey().endsWith("OAuth2AuthorizedClientRepository.AUTHORIZED_CLIENTS"))
			.map((attribute) -> ((Map<String, OAuth2AuthorizedClient>) attribute.getValue()).get("userclouds"))
			.findFirst()
			.orElse(null);
	}

	static String encode(Map<String, String> parameters) {
		StringBuilder query = new StringBuilder();
		parameters.forEach((name, value) -> query.append((query.length() > 0) ? "&" : "")
			.append(URLEncoder.encode(name, StandardCharsets.UTF_8))
			.append('=')
			.append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
		return query.toString();
	}

	static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] nameValue = pair.split("=", 2);
			parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
