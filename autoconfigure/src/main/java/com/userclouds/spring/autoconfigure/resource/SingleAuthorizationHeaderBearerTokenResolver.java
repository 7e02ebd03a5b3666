package com.userclouds.spring.autoconfigure.resource;

import java.util.Enumeration;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Reads the bearer token the way Spring Security's {@link DefaultBearerTokenResolver} does (header only, the same
 * grammar and the same errors), except that a request with several {@code Authorization} headers is refused (400
 * {@code invalid_request}) instead of silently using the first: which credential counts must not depend on how
 * proxies order headers.
 * <p>
 * Why not delegate: the stock resolver reads the header a second time and matches the token with a case-insensitive
 * regular expression; for a token of about a kilobyte that was a large part of a cached request's CPU time. The
 * header is read once here and checked by {@link BearerAuthorizationHeader} in one pass.
 */
final class SingleAuthorizationHeaderBearerTokenResolver implements BearerTokenResolver {

	@Override
	public String resolve(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.AUTHORIZATION);
		if (headers == null || !headers.hasMoreElements()) {
			return null;
		}
		String authorization = headers.nextElement();
		return BearerAuthorizationHeader.tokenOf(authorization, headers.hasMoreElements());
	}

}
