package com.userclouds.spring.autoconfigure.m2m;

import java.io.IOException;

import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Sends every request with the client's access token. When the API answers 401, the token may have been revoked or
 * the API's clock may disagree: the token is dropped from the cache and the request sent once more with a fresh one.
 * Written by hand: Spring Security's {@code OAuth2ClientHttpRequestInterceptor} can be told to forget the authorized
 * client on a 401, but never sends the request again.
 */
final class BearerTokenInterceptor implements ClientHttpRequestInterceptor {

	private final M2mAccessTokens tokens;

	private final String clientName;

	BearerTokenInterceptor(M2mAccessTokens tokens, String clientName) {
		this.tokens = tokens;
		this.clientName = clientName;
	}

	@Override
	public ClientHttpResponse intercept(HttpRequest request, byte[] body, ClientHttpRequestExecution execution)
			throws IOException {
		OAuth2AccessToken token = this.tokens.token(this.clientName);
		request.getHeaders().setBearerAuth(token.getTokenValue());
		ClientHttpResponse response = execution.execute(request, body);
		if (response.getStatusCode().value() != HttpStatus.UNAUTHORIZED.value()) {
			return response;
		}
		response.close();
		this.tokens.invalidate(this.clientName, token);
		request.getHeaders().setBearerAuth(this.tokens.token(this.clientName).getTokenValue());
		return execution.execute(request, body);
	}

}
