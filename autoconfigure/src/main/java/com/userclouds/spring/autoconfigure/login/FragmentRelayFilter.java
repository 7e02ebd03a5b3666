package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Relays an authorization response that came back in the URL fragment: a redirect to the callback without response
 * parameters gets the relay page ({@link LoginPages#relay}).
 */
final class FragmentRelayFilter extends OncePerRequestFilter {

	private final String callbackPath;

	private final RequestMatcher callbackGet;

	private final String failureUrl;

	FragmentRelayFilter(String callbackPath, String failureUrl) {
		this.callbackPath = callbackPath;
		this.callbackGet = PathPatternRequestMatcher.pathPattern(HttpMethod.GET, callbackPath);
		this.failureUrl = failureUrl;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.callbackGet.matches(request)
				|| AuthorizationResponseParameters.present(request.getParameterMap().keySet());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String nonce = LoginPages.newScriptNonce();
		response.setHeader("Referrer-Policy", LoginPages.RELAY_REFERRER_POLICY);
		response.setHeader("Content-Security-Policy", LoginPages.RELAY_CONTENT_SECURITY_POLICY.formatted(nonce));
		HtmlPage.write(response, HttpServletResponse.SC_OK, LoginPages.relay(request.getContextPath() + this.callbackPath,
				request.getContextPath() + this.failureUrl, nonce));
	}

}
