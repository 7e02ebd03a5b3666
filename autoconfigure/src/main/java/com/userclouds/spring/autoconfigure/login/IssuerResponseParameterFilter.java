package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * RFC 9207: an authorization response that names an issuer ({@code iss}) other than the tenant comes from another
 * authorization server (a mix-up attack) and ends the login. Spring Security does not check the parameter; this runs
 * before the callback of every flow. A response without {@code iss} passes (UserClouds sends none).
 */
final class IssuerResponseParameterFilter extends OncePerRequestFilter {

	private final RequestMatcher callback;

	private final String issuer;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final AuthenticationFailureHandler failureHandler;

	IssuerResponseParameterFilter(RequestMatcher callback, String issuer,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			AuthenticationFailureHandler failureHandler) {
		this.callback = callback;
		this.issuer = issuer;
		this.authorizationRequests = authorizationRequests;
		this.failureHandler = failureHandler;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !this.callback.matches(request) || request.getParameter("iss") == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (this.issuer.equals(request.getParameter("iss"))) {
			chain.doFilter(request, response);
			return;
		}
		this.authorizationRequests.removeAuthorizationRequest(request, response);
		this.failureHandler.onAuthenticationFailure(request, response, LoginError.of("invalid_issuer",
				"The authorization response comes from another issuer than the tenant"));
	}

}
