package com.userclouds.spring.test;

import java.util.function.Consumer;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Puts a token in the {@code Authorization: Bearer} header of a test request, where the application's real decoder
 * reads it; unlike Spring Security's {@code jwt()} post-processor, which skips the decoder.
 *
 * <pre class="code">
 * mockMvc.perform(get("/api/orders").with(bearer(tenant.accessToken().scopes("orders:read"))));
 * restTestClient.get().uri("/api/orders").headers(bearerHeader(token)).exchange();
 * </pre>
 */
public final class BearerTokens {

	private BearerTokens() {
	}

	/** For MockMvc: {@code .with(bearer(token))}. */
	public static RequestPostProcessor bearer(String token) {
		return (request) -> {
			request.removeHeader(HttpHeaders.AUTHORIZATION);
			request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
			return request;
		};
	}

	/** For MockMvc: signs the token now. */
	public static RequestPostProcessor bearer(TestTokenBuilder token) {
		return bearer(token.build());
	}

	/** For {@code RestTestClient}, {@code WebTestClient} or {@code RestClient}: {@code .headers(bearerHeader(token))}. */
	public static Consumer<HttpHeaders> bearerHeader(String token) {
		return (headers) -> headers.setBearerAuth(token);
	}

	/** For {@code RestTestClient}, {@code WebTestClient} or {@code RestClient}: signs the token now. */
	public static Consumer<HttpHeaders> bearerHeader(TestTokenBuilder token) {
		return bearerHeader(token.build());
	}

}
