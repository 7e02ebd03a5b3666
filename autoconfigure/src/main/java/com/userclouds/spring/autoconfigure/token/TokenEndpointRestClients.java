package com.userclouds.spring.autoconfigure.token;

import java.net.http.HttpClient;
import java.time.Duration;

import org.springframework.http.client.ClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.ResponseErrorHandler;
import org.springframework.web.client.RestClient;

/**
 * The HTTP client of every token request the starter makes (login's code exchange and refresh, M2M's client
 * credentials), for Spring Security's {@code RestClient*TokenResponseClient}s: form requests, responses read with
 * {@link ExpiryFromJwtTokenResponseConverter}, the tenant's timeouts.
 * <p>
 * On the JDK's {@link HttpClient}: {@code HttpURLConnection} hands a 401 answer to a streamed POST back without its
 * body, so UserClouds' answer to a wrong client secret (401 {@code invalid_client}) would lose its OAuth error. The
 * {@code HttpClient} is built on the first request: building it initializes TLS and reads the trust store, which took
 * about 0.4 s of an application's startup.
 */
public final class TokenEndpointRestClients {

	private TokenEndpointRestClients() {
	}

	public static RestClient create(Duration connectTimeout, Duration readTimeout,
			ExpiryFromJwtTokenResponseConverter tokenResponses, ResponseErrorHandler errors) {
		SingletonSupplier<ClientHttpRequestFactory> jdk = SingletonSupplier.of(() -> {
			JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(
					HttpClient.newBuilder().connectTimeout(connectTimeout).build());
			requestFactory.setReadTimeout(readTimeout);
			return requestFactory;
		});
		OAuth2AccessTokenResponseHttpMessageConverter converter = new OAuth2AccessTokenResponseHttpMessageConverter();
		converter.setAccessTokenResponseConverter(tokenResponses);
		return RestClient.builder()
			.requestFactory((uri, method) -> jdk.obtain().createRequest(uri, method))
			.configureMessageConverters((converters) -> {
				converters.addCustomConverter(new FormHttpMessageConverter());
				converters.addCustomConverter(converter);
			})
			.defaultStatusHandler(errors)
			.build();
	}

}
