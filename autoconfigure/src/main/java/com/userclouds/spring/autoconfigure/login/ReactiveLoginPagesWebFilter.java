package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * The pages of login on WebFlux ({@link LoginPages}, the same as the servlet stack's): {@code GET /login} sends the
 * browser to the tenant or, while the tenant cannot be reached, answers 503 with a page; {@code GET /login?error} says
 * why the last login failed; a {@code GET} of the callback without response parameters (the fragment response mode)
 * gets the relay page.
 */
final class ReactiveLoginPagesWebFilter implements WebFilter {

	private static final Log logger = LogFactory.getLog(ReactiveLoginPagesWebFilter.class);

	private final ReactiveClientRegistrationRepository registrations;

	private final String authorizationRequestPath;

	private final String callbackPath;

	ReactiveLoginPagesWebFilter(ReactiveClientRegistrationRepository registrations, String authorizationRequestPath,
			String callbackPath) {
		this.registrations = registrations;
		this.authorizationRequestPath = authorizationRequestPath;
		this.callbackPath = callbackPath;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (!HttpMethod.GET.equals(exchange.getRequest().getMethod())) {
			return chain.filter(exchange);
		}
		String path = exchange.getRequest().getPath().pathWithinApplication().value();
		if (path.equals(LoginPages.LOGIN_PATH)) {
			return loginPage(exchange);
		}
		if (path.equals(this.callbackPath) && !AuthorizationResponseWebFilter.carriesResponse(exchange)) {
			return relayPage(exchange);
		}
		return chain.filter(exchange);
	}

	private Mono<Void> loginPage(ServerWebExchange exchange) {
		String retry = contextPath(exchange) + this.authorizationRequestPath;
		if (LoginPages.isErrorPage(exchange.getRequest().getQueryParams().keySet(),
				exchange.getRequest().getURI().getRawQuery())) {
			return exchange.getSession()
				.map((session) -> {
					Object failure = session.getAttributes().remove(WebAttributes.AUTHENTICATION_EXCEPTION);
					return LoginPages.loginFailed(failure, retry);
				})
				.flatMap((page) -> write(exchange.getResponse(), HttpStatus.UNAUTHORIZED, page));
		}
		return this.registrations.findByRegistrationId(LoginClientRegistration.REGISTRATION_ID)
			.then(Mono.defer(() -> {
				exchange.getResponse().setStatusCode(HttpStatus.FOUND);
				exchange.getResponse().getHeaders().setLocation(URI.create(retry));
				return exchange.getResponse().setComplete();
			}))
			.onErrorResume(TenantUnavailableException.class, (ex) -> {
				logger.warn("Login is unavailable: " + ex.getMessage());
				return write(exchange.getResponse(), HttpStatus.SERVICE_UNAVAILABLE, LoginPages.tenantUnavailable(retry));
			});
	}

	private Mono<Void> relayPage(ServerWebExchange exchange) {
		String nonce = LoginPages.newScriptNonce();
		HttpHeaders headers = exchange.getResponse().getHeaders();
		headers.set("Referrer-Policy", LoginPages.RELAY_REFERRER_POLICY);
		headers.set("Content-Security-Policy", LoginPages.RELAY_CONTENT_SECURITY_POLICY.formatted(nonce));
		String contextPath = contextPath(exchange);
		return write(exchange.getResponse(), HttpStatus.OK, LoginPages.relay(contextPath + this.callbackPath,
				contextPath + LoginPages.FAILURE_URL, nonce));
	}

	private static String contextPath(ServerWebExchange exchange) {
		return exchange.getRequest().getPath().contextPath().value();
	}

	private static Mono<Void> write(ServerHttpResponse response, HttpStatus status, String html) {
		response.setStatusCode(status);
		response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
		response.getHeaders().setCacheControl("no-store");
		return response.writeWith(Mono.fromSupplier(
				() -> response.bufferFactory().wrap(html.getBytes(StandardCharsets.UTF_8))));
	}

}
