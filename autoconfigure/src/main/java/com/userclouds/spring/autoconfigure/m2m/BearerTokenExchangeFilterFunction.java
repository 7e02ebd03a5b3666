package com.userclouds.spring.autoconfigure.m2m;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;

/**
 * Sends every {@code WebClient} request with the client's access token, from the same cache as the servlet side's
 * {@link BearerTokenInterceptor}, and like it, on a 401 from the API drops that token and sends the request once more
 * with a fresh one. Written by hand: Spring Security's {@code ServerOAuth2AuthorizedClientExchangeFilterFunction} can
 * forget the authorized client on a 401 but never sends the request again, and would keep a second copy of the token
 * in an authorized-client repository.
 */
final class BearerTokenExchangeFilterFunction implements ExchangeFilterFunction {

	private final M2mAccessTokens tokens;

	private final String clientName;

	BearerTokenExchangeFilterFunction(M2mAccessTokens tokens, String clientName) {
		this.tokens = tokens;
		this.clientName = clientName;
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		return token().flatMap((token) -> next.exchange(withToken(request, token)).flatMap((response) -> {
			if (response.statusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
				return Mono.just(response);
			}
			this.tokens.invalidate(this.clientName, token);
			// the refused answer's body is drained so that its connection goes back to the pool
			return response.releaseBody()
				.onErrorComplete()
				.then(token())
				.flatMap((fresh) -> next.exchange(withToken(request, fresh)));
		}));
	}

	/**
	 * The client's token, asked for on each subscription. Never blocks the subscribing thread: a cached token is
	 * there at once, and a missing one arrives on M2mAccessTokens' own threads once its one request completes.
	 * Failures are the {@link M2mTokenException} of the token request.
	 */
	Mono<OAuth2AccessToken> token() {
		return Mono.fromFuture(() -> this.tokens.tokenAsync(this.clientName));
	}

	private static ClientRequest withToken(ClientRequest request, OAuth2AccessToken token) {
		return ClientRequest.from(request).headers((headers) -> headers.setBearerAuth(token.getTokenValue())).build();
	}

}
