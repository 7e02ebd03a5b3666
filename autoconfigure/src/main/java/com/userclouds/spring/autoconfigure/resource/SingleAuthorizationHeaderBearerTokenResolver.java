package com.userclouds.spring.autoconfigure.resource;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Spring Security's {@link DefaultBearerTokenResolver}, except that a request with several {@code Authorization}
 * headers is refused (400 {@code invalid_request}) instead of silently using the first: which credential counts must
 * not depend on how proxies order headers.
 */
final class SingleAuthorizationHeaderBearerTokenResolver implements BearerTokenResolver {

	private final BearerTokenResolver delegate = new DefaultBearerTokenResolver();

	@Override
	public String resolve(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
		if (headers != null && headers.hasMoreElements()) {
			headers.nextElement();
			if (headers.hasMoreElements()) {
				throw new OAuth2AuthenticationException(
						BearerTokenErrors.invalidRequest("Send a single Authorization header"));
			}
		}
		return this.delegate.resolve(request);
	}

}
