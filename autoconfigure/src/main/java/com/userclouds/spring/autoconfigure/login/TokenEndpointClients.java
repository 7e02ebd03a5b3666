package com.userclouds.spring.autoconfigure.login;

import java.time.Duration;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.endpoint.AbstractRestClientOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.token.ExpiryFromJwtTokenResponseConverter;

/**
 * Spring Security's token endpoint clients for login (code exchange, refresh), reading responses with
 * {@link ExpiryFromJwtTokenResponseConverter} so that a response without {@code expires_in} (UserClouds) gives the
 * access token its JWT lifetime, and with the tenant timeouts so a hanging token endpoint cannot hang a login.
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
		client.setRestClient(restClient(timeouts.getConnectTimeout(), timeouts.getReadTimeout()));
		return client;
	}

	private static RestClient restClient(Duration connectTimeout, Duration readTimeout) {
		SimpleClientHttpRequestFactory requestFactory = new SimpleClientHttpRequestFactory();
		requestFactory.setConnectTimeout(connectTimeout);
		requestFactory.setReadTimeout(readTimeout);
		OAuth2AccessTokenResponseHttpMessageConverter tokenResponses = new OAuth2AccessTokenResponseHttpMessageConverter();
		tokenResponses.setAccessTokenResponseConverter(new ExpiryFromJwtTokenResponseConverter());
		return RestClient.builder()
			.requestFactory(requestFactory)
			.configureMessageConverters((converters) -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(tokenResponses);
			})
			.defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
			.build();
	}

}
