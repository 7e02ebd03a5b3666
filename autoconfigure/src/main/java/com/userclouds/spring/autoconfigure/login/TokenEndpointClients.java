package com.userclouds.spring.autoconfigure.login;

import org.springframework.security.oauth2.client.endpoint.AbstractRestClientOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;

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

	static RestClientAuthorizationCodeTokenResponseClient authorizationCode(UserCloudsProperties.Discovery timeouts) {
		return configure(new RestClientAuthorizationCodeTokenResponseClient(), timeouts);
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
