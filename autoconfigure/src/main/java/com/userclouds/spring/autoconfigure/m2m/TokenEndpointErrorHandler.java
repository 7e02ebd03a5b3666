package com.userclouds.spring.autoconfigure.m2m;

import java.io.IOException;
import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.http.converter.OAuth2ErrorHttpMessageConverter;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * Sorts the token endpoint's error answers into temporary (5xx: retried) and final (4xx: fail at once, with the OAuth
 * error code). Replaces Spring Security's {@code OAuth2ErrorResponseErrorHandler}, which reads the OAuth error only
 * from a 400 and turns a 401 {@code invalid_client} into a generic HTTP error, and which does not tell a 5xx from a
 * 4xx in the exception it throws.
 */
final class TokenEndpointErrorHandler implements ResponseErrorHandler {

	private final String clientName;

	private final HttpMessageConverter<OAuth2Error> errorConverter = new OAuth2ErrorHttpMessageConverter();

	TokenEndpointErrorHandler(String clientName) {
		this.clientName = clientName;
	}

	@Override
	public boolean hasError(ClientHttpResponse response) throws IOException {
		return response.getStatusCode().isError();
	}

	@Override
	public void handleError(URI url, HttpMethod method, ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		if (response.getStatusCode().is5xxServerError()) {
			throw M2mTokenException.temporary(this.clientName, "the token endpoint answered HTTP " + status, null);
		}
		OAuth2Error error = readError(response);
		throw M2mTokenException.rejected(this.clientName, status, (error != null) ? error.getErrorCode() : null,
				(error != null) ? error.getDescription() : null);
	}

	private OAuth2Error readError(ClientHttpResponse response) {
		try {
			OAuth2Error error = this.errorConverter.read(OAuth2Error.class, response);
			return (error.getErrorCode() != null && !error.getErrorCode().isBlank()) ? error : null;
		}
		catch (IOException | RuntimeException ex) {
			// not an OAuth error body (HTML error page, empty body): the status alone must do
			return null;
		}
	}

}
