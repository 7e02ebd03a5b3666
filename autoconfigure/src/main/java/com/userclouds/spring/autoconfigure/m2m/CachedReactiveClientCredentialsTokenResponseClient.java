package com.userclouds.spring.autoconfigure.m2m;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.function.SingletonSupplier;

/**
 * The reactive twin of {@link CachedClientCredentialsTokenResponseClient}: lets Spring Security's reactive
 * client-credentials support ({@code ReactiveOAuth2AuthorizedClientManager},
 * {@code ServerOAuth2AuthorizedClientExchangeFilterFunction}) use the starter's cached tokens. Spring Security's
 * WebFlux configuration picks up a bean of this type for its
 * {@code ClientCredentialsReactiveOAuth2AuthorizedClientProvider}.
 * Requests for an M2M client are answered from {@link M2mAccessTokens} without blocking (single flight,
 * refresh-ahead, retries on its own threads); any other client-credentials registration is left to Spring Security's
 * stock reactive token response client.
 */
public class CachedReactiveClientCredentialsTokenResponseClient
		implements ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private final M2mAccessTokens tokens;

	/** Built when first needed: most applications never use it. */
	private final SingletonSupplier<WebClientReactiveClientCredentialsTokenResponseClient> others = SingletonSupplier
		.of(WebClientReactiveClientCredentialsTokenResponseClient::new);

	public CachedReactiveClientCredentialsTokenResponseClient(M2mAccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public Mono<OAuth2AccessTokenResponse> getTokenResponse(OAuth2ClientCredentialsGrantRequest grantRequest) {
		String clientName = grantRequest.getClientRegistration().getRegistrationId();
		if (!this.tokens.clientNames().contains(clientName)) {
			return this.others.obtain().getTokenResponse(grantRequest);
		}
		return Mono.fromFuture(() -> this.tokens.tokenAsync(clientName))
			.map((token) -> CachedClientCredentialsTokenResponseClient.tokenResponse(token, grantRequest));
	}

}
