package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The resolver reads one header as Spring Security's {@link DefaultBearerTokenResolver} does, and refuses several.
 */
class SingleAuthorizationHeaderBearerTokenResolverTests {

	private static final List<String> HEADERS = List.of("Bearer abc", "bearer abc", "BEARER a.b-c_d~e+f/g",
			"Bearer abc==", "Bearer abc=", "Bearer a", "Bearer =", "Bearer abc=d", "Bearer  abc", "Bearer abc ",
			"Bearer ab c", "Bearer", "Bearer ", "Bearerabc", "Bearer\tabc", "Bearer \u00e4bc", "Bearer abc\n",
			"Bearer ab%c", "Bearer ab,c", "Basic dXNlcjpwYXNz", "bear", "", "Token abc", "DPoP abc",
			"Bearer eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSJ9.c2lnbmF0dXJl");

	private final BearerTokenResolver resolver = new SingleAuthorizationHeaderBearerTokenResolver();

	private final BearerTokenResolver stock = new DefaultBearerTokenResolver();

	@Test
	void resolvesEachHeaderAsSpringSecurityDoes() {
		for (String header : HEADERS) {
			MockHttpServletRequest request = new MockHttpServletRequest();
			request.addHeader(HttpHeaders.AUTHORIZATION, header);
			assertThat(outcome(this.resolver, request)).as(header).isEqualTo(outcome(this.stock, request));
		}
	}

	@Test
	void noAuthorizationHeaderIsNoToken() {
		assertThat(this.resolver.resolve(new MockHttpServletRequest())).isNull();
	}

	@Test
	void severalAuthorizationHeadersAreAnInvalidRequest() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer abc");
		request.addHeader(HttpHeaders.AUTHORIZATION, "Bearer abc");
		assertThatExceptionOfType(OAuth2AuthenticationException.class).isThrownBy(() -> this.resolver.resolve(request))
			.satisfies((ex) -> assertThat(ex.getError().getErrorCode()).isEqualTo("invalid_request"));
	}

	@Test
	void aTokenInTheQueryIsIgnored() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/orders");
		request.addParameter("access_token", "abc");
		assertThat(this.resolver.resolve(request)).isNull();
	}

	/** The token, or the error code and description, or "none". */
	private static String outcome(BearerTokenResolver resolver, MockHttpServletRequest request) {
		try {
			String token = resolver.resolve(request);
			return (token != null) ? "token " + token : "none";
		}
		catch (OAuth2AuthenticationException ex) {
			return "error " + ex.getError().getErrorCode() + " " + ex.getError().getDescription();
		}
	}

}
