package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as the tenant can tell: keeps cookies, logs in on the tenant's form, follows the tenant's own
 * redirects and stops at the redirect back to the application.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" type=\"hidden\" value=\"([^\"]+)\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	private final String tenantUrl;

	Browser(String tenantUrl) {
		this.tenantUrl = tenantUrl;
	}

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	HttpResponse<String> postForm(String url, Map<String, String> form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
	}

	/**
	 * Opens the authorization URL, logs in as the user if the tenant asks, and returns the first response that does
	 * not redirect within the tenant: the redirect back to the application, a form_post page, or an error.
	 */
	HttpResponse<String> authorize(String authorizationUrl, String username, String password) {
		HttpResponse<String> response = get(authorizationUrl);
		for (int hops = 0; hops < 10; hops++) {
			String location = response.headers().firstValue("Location").orElse(null);
			if (response.statusCode() != 302 || location == null || !location.startsWith(this.tenantUrl)) {
				return response;
			}
			URI next = URI.create(location);
			if (next.getPath().equals("/login") && next.getQuery() != null) {
				// the login form again, with an error
				return response;
			}
			if (next.getPath().equals("/login")) {
				HttpResponse<String> loginPage = get(location);
				Matcher csrf = CSRF.matcher(loginPage.body());
				assertThat(csrf.find()).as("login page has a CSRF token: %s", loginPage.body()).isTrue();
				response = postForm(this.tenantUrl + "/login",
						Map.of("username", username, "password", password, "_csrf", csrf.group(1)));
			}
			else {
				response = get(location);
			}
		}
		throw new AssertionError("too many redirects");
	}

	/**
	 * A token request authenticated with HTTP Basic (client_secret_basic); {@code clientSecret} null for none.
	 */
	TokenResponse token(String clientId, String clientSecret, Map<String, String> form) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.tenantUrl + "/oidc/token"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(formBody(form)));
		if (clientSecret != null) {
			request.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
		}
		HttpResponse<String> response = send(request);
		return new TokenResponse(response.statusCode(), Json.parse(response.body()));
	}

	static Map<String, String> queryOf(String url) {
		return UriComponentsBuilder.fromUriString(url).build().getQueryParams().toSingleValueMap().entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> java.net.URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

	static Map<String, String> fragmentOf(String url) {
		String fragment = URI.create(url).getRawFragment();
		return UriComponentsBuilder.fromUriString("http://x/?" + fragment).build().getQueryParams()
			.toSingleValueMap().entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey,
					(entry) -> java.net.URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		if (!this.cookies.isEmpty()) {
			request.header("Cookie", this.cookies.entrySet()
				.stream()
				.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
				.collect(Collectors.joining("; ")));
		}
		try {
			HttpResponse<String> response = this.http.send(request.timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			response.headers().allValues("Set-Cookie").forEach(this::keep);
			return response;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	Map<String, String> cookies() {
		return this.cookies;
	}

	private void keep(String setCookie) {
		String pair = setCookie.split(";", 2)[0];
		int equals = pair.indexOf('=');
		String name = pair.substring(0, equals).trim();
		String value = pair.substring(equals + 1).trim();
		if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

	private static String formBody(Map<String, String> form) {
		return form.entrySet()
			.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	record TokenResponse(int status, Map<String, Object> body) {

		String get(String name) {
			Object value = this.body.get(name);
			return (value != null) ? value.toString() : null;
		}

	}

}
