package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.server.WebSession;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.WebSessionManager;
import org.springframework.web.server.session.WebSessionStore;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.csrf;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * A browser on WebFlux: a {@link WebTestClient} bound to the application context (its {@code WebFilterChainProxy} and
 * session manager), keeping the session cookie as a browser does and reading the session from the application's
 * session store.
 */
final class ReactiveLoginBrowser extends LoginBrowser {

	private static final String SESSION_COOKIE = "SESSION";

	private final WebTestClient client;

	private final WebSessionStore sessions;

	private String sessionId;

	/** The session id the browser held before the last time the application changed it. */
	private String endedSessionId;

	private final String baseUrl;

	/** A browser bound to the application, without a server. */
	ReactiveLoginBrowser(ApplicationContext context) {
		this(context, WebTestClient.bindToApplicationContext(context)
			.apply(springSecurity())
			.configureClient()
			.baseUrl("http://localhost")
			.build(), "http://localhost");
	}

	private ReactiveLoginBrowser(ApplicationContext context, WebTestClient client, String baseUrl) {
		this.client = client;
		this.baseUrl = baseUrl;
		this.sessions = ((DefaultWebSessionManager) context.getBean(WebSessionManager.class)).getSessionStore();
	}

	/** A browser talking to the application's server on {@code port} over HTTP. */
	static ReactiveLoginBrowser onServer(ApplicationContext context, int port) {
		String baseUrl = "http://localhost:" + port;
		return new ReactiveLoginBrowser(context, WebTestClient.bindToServer().baseUrl(baseUrl).build(), baseUrl);
	}

	@Override
	Response get(String pathAndQuery) {
		return exchange(this.client.get()
			.uri(URI.create(this.baseUrl + pathAndQuery))
			.accept(MediaType.TEXT_HTML)
			.cookies(this::sendSessionCookie)
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	@Override
	Response post(String path, Map<String, String> form) {
		MultiValueMap<String, String> body = new LinkedMultiValueMap<>();
		form.forEach(body::add);
		return exchange(this.client.post()
			.uri(path)
			.cookies(this::sendSessionCookie)
			.body(BodyInserters.fromFormData(body))
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	@Override
	Response logout() {
		return exchange(this.client.mutateWith(csrf())
			.post()
			.uri("/logout")
			.cookies(this::sendSessionCookie)
			.exchange()
			.expectBody(String.class)
			.returnResult());
	}

	@Override
	String sessionId() {
		return this.sessionId;
	}

	/**
	 * The session before the last change of id is gone from the store, and whatever session the browser has now
	 * holds no login.
	 */
	@Override
	boolean sessionEnded() {
		return this.endedSessionId != null && session(this.endedSessionId) == null && authentication() == null
				&& authorizedClient() == null;
	}

	@Override
	Map<String, Object> sessionAttributes() {
		WebSession session = (this.sessionId != null) ? session(this.sessionId) : null;
		return (session != null) ? session.getAttributes() : Map.of();
	}

	private WebSession session(String id) {
		return this.sessions.retrieveSession(id).block();
	}

	private void sendSessionCookie(MultiValueMap<String, String> cookies) {
		if (this.sessionId != null) {
			cookies.add(SESSION_COOKIE, this.sessionId);
		}
	}

	private Response exchange(EntityExchangeResult<String> result) {
		ResponseCookie cookie = result.getResponseCookies().getFirst(SESSION_COOKIE);
		if (cookie != null) {
			String newId = cookie.getValue().isEmpty() ? null : cookie.getValue();
			if (this.sessionId != null && !this.sessionId.equals(newId)) {
				this.endedSessionId = this.sessionId;
			}
			this.sessionId = newId;
		}
		HttpHeaders responseHeaders = result.getResponseHeaders();
		Map<String, String> headers = new LinkedHashMap<>();
		responseHeaders.forEach((name, values) -> headers.put(name, values.get(0)));
		URI location = responseHeaders.getLocation();
		return new Response(result.getStatus().value(), (location != null) ? location.toString() : null, headers,
				result.getResponseBody());
	}

}
