package com.userclouds.spring.autoconfigure.resource;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a refusal on the servlet stack: a {@link RequireScopes} one with {@link BearerTokenAnswers#insufficientScope}
 * (written by Spring Security's entry point, which renders a {@code BearerTokenError} with its status and scope), any
 * other with Spring Security's {@link BearerTokenAccessDeniedHandler}.
 */
final class ScopeAccessDeniedHandler implements AccessDeniedHandler {

	private final BearerTokenAuthenticationEntryPoint entryPoint;

	private final AccessDeniedHandler otherwise = new BearerTokenAccessDeniedHandler();

	ScopeAccessDeniedHandler(BearerTokenAuthenticationEntryPoint entryPoint) {
		this.entryPoint = entryPoint;
	}

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
			throws IOException, ServletException {
		OAuth2AuthenticationException insufficientScope = BearerTokenAnswers.insufficientScope(denied);
		if (insufficientScope != null) {
			this.entryPoint.commence(request, response, insufficientScope);
			return;
		}
		this.otherwise.handle(request, response, denied);
	}

}
