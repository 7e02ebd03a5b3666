package com.userclouds.sample.webapp.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser as far as the servers can tell: one cookie jar for every server of the test, because cookies are per
 * host, not per port, and all of them are on {@code localhost}; so the session cookie one instance sets reaches the
 * other, as it would behind a load balancer. Redirects are not followed: the test decides where each one goes.
 */
final class Browser {

	private static final Pattern CSRF = Pattern.compile(
			"<input[^>]*name=\"_csrf\"[^>]*value=\"([^\"]+)\"|<input[^>]*value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final Map<String, String> cookies = new LinkedHashMap<>();

	HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET());
	}

	HttpResponse<String> postForm(String url, Map<String, String> form) {
		String body = form.entrySet()
			.stream()
			.map((field) -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/**
	 * The CSRF token of the first form on a page.
	 */
	static String csrfToken(HttpResponse<String> page) {
		Matcher csrf = CSRF.matcher(page.body());
		assertThat(csrf.find()).as("a CSRF token on %s: %s", page.uri(), page.body()).isTrue();
		return (csrf.group(1) != null) ? csrf.group(1) : csrf.group(2);
	}

	/**
	 * Where a redirect goes, as an absolute URL: the servlet stack writes absolute locations, WebFlux relative ones.
	 */
	static String location(HttpResponse<String> response) {
		assertThat(response.statusCode()).as("redirect from %s: %s", response.uri(), response.body()).isEqualTo(302);
		return response.uri().resolve(response.headers().firstValue("Location").orElseThrow()).toString();
	}

	String cookie(String name) {
		return this.cookies.get(name);
	}

	void setCookie(String name, String value) {
		this.cookies.put(name, value);
	}

	private HttpResponse<String> send(HttpRequest.Builder request) {
		// what a browser accepts for a page: Spring Security remembers only requests for pages (the WebFlux request
		// cache asks for text/html), to go back to them after login
		request.header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
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

	private void keep(String setCookie) {
		String[] parts = setCookie.split(";");
		int equals = parts[0].indexOf('=');
		String name = parts[0].substring(0, equals).trim();
		String value = parts[0].substring(equals + 1).trim();
		boolean expired = value.isEmpty();
		for (int i = 1; i < parts.length; i++) {
			String attribute = parts[i].trim().toLowerCase(Locale.ROOT);
			expired |= attribute.equals("max-age=0") || attribute.startsWith("expires=thu, 01 jan 1970");
		}
		if (expired) {
			this.cookies.remove(name);
		}
		else {
			this.cookies.put(name, value);
		}
	}

}
