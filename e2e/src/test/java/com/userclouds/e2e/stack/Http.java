package com.userclouds.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plain HTTP calls of the tests that need no browser.
 */
public final class Http {

	private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Http() {
	}

	public static HttpResponse<String> get(String url) {
		return send(request(url).GET());
	}

	/** {@code GET} with {@code Authorization: Bearer token}. */
	public static HttpResponse<String> get(String url, String token) {
		return send(request(url).header("Authorization", "Bearer " + token).GET());
	}

	/** {@code POST} of a JSON body with {@code Authorization: Bearer token}. */
	public static HttpResponse<String> postJson(String url, String token, String json) {
		return send(request(url).header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** {@code POST} of a form, authenticated as an OAuth client with {@code client_secret_basic}. */
	static HttpResponse<String> postForm(String url, String clientId, String clientSecret, Map<String, String> form) {
		String credentials = Base64.getEncoder()
			.encodeToString((encode(clientId) + ":" + encode(clientSecret)).getBytes(StandardCharsets.UTF_8));
		String body = form.entrySet()
			.stream()
			.map((entry) -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(url).header("Authorization", "Basic " + credentials)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	private static HttpRequest.Builder request(String url) {
		return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60));
	}

	private static HttpResponse<String> send(HttpRequest.Builder builder) {
		HttpRequest request = builder.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted: " + request.method() + " " + request.uri(), ex);
		}
	}

	// RFC 6749 2.3.1: client id and secret are form-encoded before they go into the Basic header
	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
