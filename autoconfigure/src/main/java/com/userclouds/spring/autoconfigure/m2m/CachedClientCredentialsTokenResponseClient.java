package com.userclouds.spring.autoconfigure.m2m;

import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.util.function.SingletonSupplier;

/**
 * Lets Spring Security's own client-credentials support ({@code OAuth2AuthorizedClientManager},
 * {@code OAuth2ClientHttpRequestInterceptor}, {@code @ClientRegistrationId}) use the starter's cached tokens: Spring
 * Security picks up a bean of this type for its {@code ClientCredentialsOAuth2AuthorizedClientProvider}. Requests
 * for an M2M client are answered from {@link M2mAccessTokens} (single flight, refresh-ahead, retries); any other
 * client-credentials registration is left to Spring Security's stock token response client.
 */
public class CachedClientCredentialsTokenResponseClient
		implements OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> {

	private final M2mAccessTokens tokens;

	/** Built when first needed, as it builds an HTTP client (see {@link LazyAuthorizedClientManager}). */
	private final SingletonSupplier<RestClientClientCredentialsTokenResponseClient> others = SingletonSupplier
		.of(RestClientClientCredentialsTokenResponseClient::new);

	public CachedClientCredentialsTokenResponseClient(M2mAccessTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AccessTokenResponse getTokenResponse(OAuth2ClientCredentialsGrantRequest grantRequest) {
		String clientName = grantRequest.getClientRegistration().getRegistrationId();
		if (!this.tokens.clientNames().contains(clientName)) {
			return this.others.obtain().getTokenResponse(grantRequest);
		}
		return tokenResponse(this.tokens.token(clientName), grantRequest);
	}

	/**
	 * The cached token as Spring Security wants it, with the lifetime it has left; shared with
	 * {@link CachedReactiveClientCredentialsTokenResponseClient}.
	 */
	static OAuth2AccessTokenResponse tokenResponse(OAuth2AccessToken token,
			OAuth2ClientCredentialsGrantRequest grantRequest) {
		return OAuth2AccessTokenResponse.withToken(token.getTokenValue())
			.tokenType(token.getTokenType())
			.scopes(grantRequest.getClientRegistration().getScopes())
			.expiresIn(secondsLeft(token))
			.build();
	}

	private static long secondsLeft(OAuth2AccessToken token) {
		if (token.getExpiresAt() == null) {
			return 1;
		}
		return Math.max(1, Duration.between(Instant.now(), token.getExpiresAt()).getSeconds());
	}

}
