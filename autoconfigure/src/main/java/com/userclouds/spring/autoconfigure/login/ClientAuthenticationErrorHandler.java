package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Reads the token endpoint's errors as Spring Security's {@link OAuth2ErrorResponseErrorHandler} does, and also the
 * OAuth error of a 401: RFC 6749 (5.2) lets a token endpoint answer {@code invalid_client} with 401, as UserClouds
 * does for a wrong client secret, while Spring Security reads the error of a 400 only and turns every other status
 * into {@code invalid_token_response}, so the login error page, the metrics and the log would not say that the
 * client itself was refused.
 */
final class ClientAuthenticationErrorHandler implements ResponseErrorHandler {

	private final OAuth2ErrorResponseErrorHandler stock = new OAuth2ErrorResponseErrorHandler();

	private final OAuth2ErrorHttpMessageConverter errors = new OAuth2ErrorHttpMessageConverter();

	@Override
	public boolean hasError(ClientHttpResponse response) throws IOException {
		return this.stock.hasError(response);
	}

	@Override
	public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
		if (response.getStatusCode().value() == HttpStatus.UNAUTHORIZED.value()) {
			OAuth2Error error = readError(response);
			if (error != null) {
				throw new OAuth2AuthorizationException(error);
			}
		}
		this.stock.handleError(url, method, response);
	}

	private OAuth2Error readError(ClientHttpResponse response) {
		try {
			return this.errors.read(OAuth2Error.class, response);
		}
		catch (RuntimeException | IOException ex) {
			// not an OAuth error body: Spring Security's handler describes the answer
			return null;
		}
	}

}
