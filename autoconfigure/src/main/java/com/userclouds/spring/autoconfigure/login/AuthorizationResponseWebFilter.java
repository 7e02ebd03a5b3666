package com.userclouds.spring.autoconfigure.login;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.server.ServerWebExchange;

/**
 * The redirect endpoint of every flow on WebFlux. Written by hand: Spring Security's reactive {@code oauth2Login}
 * reads the authorization response from the query string only (so no {@code form_post}, and no fragment relayed as a
 * post) and knows neither the hybrid nor the implicit flow. The response is read by
 * {@link ReactiveAuthorizationResponseConverter} and checked by the servlet stack's own
 * {@link FrontChannelAuthenticationProvider}, which runs the code flows through Spring Security's
 * {@code OidcAuthorizationCodeAuthenticationProvider}: one implementation of the ID-token checks for both stacks.
 * Success ends like {@code oauth2Login}: an {@link OAuth2AuthenticationToken} in the session (whose id the
 * session-backed security context repository changes) and the {@link OAuth2AuthorizedClient} in the
 * {@link ServerOAuth2AuthorizedClientRepository}.
 */
final class AuthorizationResponseWebFilter extends AuthenticationWebFilter {

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	AuthorizationResponseWebFilter(ReactiveAuthenticationManager authenticationManager,
			ServerOAuth2AuthorizedClientRepository authorizedClients) {
		super(authenticationManager);
		this.authorizedClients = authorizedClients;
	}

	@Override
	protected Mono<Void> onAuthenticationSuccess(Authentication authentication, WebFilterExchange webFilterExchange) {
		FrontChannelAuthenticationToken login = (FrontChannelAuthenticationToken) authentication;
		OAuth2AuthenticationToken loggedIn = login.toAuthentication(null);
		OAuth2AuthorizedClient authorizedClient = login.authorizedClient(loggedIn.getName());
		Mono<Void> saved = (authorizedClient != null) ? this.authorizedClients.saveAuthorizedClient(authorizedClient,
				loggedIn, webFilterExchange.getExchange()) : Mono.empty();
		return saved.then(Mono.defer(() -> super.onAuthenticationSuccess(loggedIn, webFilterExchange)));
	}

	/**
	 * Requests to the callback that carry an authorization response: any POST (form_post, or the fragment relayed),
	 * and a GET with response parameters in its query string (a GET without any is the fragment response mode's
	 * first step).
	 */
	static ServerWebExchangeMatcher responses(ServerWebExchangeMatcher callback) {
		return (exchange) -> callback.matches(exchange)
			.filter(ServerWebExchangeMatcher.MatchResult::isMatch)
			.filter((match) -> carriesResponse(exchange))
			.switchIfEmpty(ServerWebExchangeMatcher.MatchResult.notMatch());
	}

	static boolean carriesResponse(ServerWebExchange exchange) {
		return HttpMethod.POST.equals(exchange.getRequest().getMethod())
				|| AuthorizationResponseParameters.present(exchange.getRequest().getQueryParams().keySet());
	}

}
