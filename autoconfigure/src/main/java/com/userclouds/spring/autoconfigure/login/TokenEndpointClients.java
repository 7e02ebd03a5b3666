package com.userclouds.spring.autoconfigure.login;

import org.springframework.security.oauth2.client.endpoint.AbstractRestClientOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.token.ExpiryFromJwtTokenResponseConverter;
import com.userclouds.spring.autoconfigure.token.TokenEndpointRestClients;

/**
 * Spring Security's token endpoint clients for login (code exchange, refresh), reading responses with
 * {@link ExpiryFromJwtTokenResponseConverter} so that a response without {@code expires_in} (UserClouds) gives the
 * access token its JWT lifetime, and with the tenant timeouts so a hanging token endpoint cannot hang a login
 * ({@link TokenEndpointRestClients}).
 */
final class TokenEndpointClients {

	private TokenEndpointClients() {
	}

	/**
	 * A code exchange answered without {@code scope} (UserClouds never sends one) granted the scopes the login asked
	 * for (RFC 6749 5.1). Spring Security leaves the access token without scopes, and its refresh copies them from the
	 * old token; without {@code openid} there, {@code OidcAuthorizedClientRefreshedEventListener} would skip the ID
	 * token of a refresh response unchecked.
	 */
	static OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> authorizationCode(
			UserCloudsProperties.Discovery timeouts) {
		RestClientAuthorizationCodeTokenResponseClient client = configure(
				new RestClientAuthorizationCodeTokenResponseClient(), timeouts);
		return (grant) -> {
			OAuth2AccessTokenResponse response = client.getTokenResponse(grant);
			if (!response.getAccessToken().getScopes().isEmpty()) {
				return response;
			}
			return OAuth2AccessTokenResponse.withResponse(response)
				.scopes(grant.getAuthorizationExchange().getAuthorizationRequest().getScopes())
				.build();
		};
	}

	static RestClientRefreshTokenTokenResponseClient refreshToken(UserCloudsProperties.Discovery timeouts) {
		return configure(new RestClientRefreshTokenTokenResponseClient(), timeouts);
	}

	private static <C extends AbstractRestClientOAuth2AccessTokenResponseClient<?>> C configure(C client,
			UserCloudsProperties.Discovery timeouts) {
		client.setRestClient(TokenEndpointRestClients.create(timeouts.getConnectTimeout(), timeouts.getReadTimeout(),
				new ExpiryFromJwtTokenResponseConverter(), new ClientAuthenticationErrorHandler()));
		return client;
	}

}
