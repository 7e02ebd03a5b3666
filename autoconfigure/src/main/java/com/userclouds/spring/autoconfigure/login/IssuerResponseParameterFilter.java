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
 * RFC 9207 on the servlet stack ({@link AuthorizationResponseParameters#fromOtherIssuer}), before the callback of
 * every flow: Spring Security's code-flow callback does not check the parameter.
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
		return !this.callback.matches(request)
				|| request.getParameter(AuthorizationResponseParameters.ISSUER) == null;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!AuthorizationResponseParameters.fromOtherIssuer(request.getParameter(AuthorizationResponseParameters.ISSUER),
				this.issuer)) {
			chain.doFilter(request, response);
			return;
		}
		this.authorizationRequests.removeAuthorizationRequest(request, response);
		this.failureHandler.onAuthenticationFailure(request, response, AuthorizationResponseParameters.otherIssuer());
	}

}
