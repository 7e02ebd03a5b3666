package com.userclouds.spring.autoconfigure.resource;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers a {@link RequireScopes} refusal with 403 and {@code WWW-Authenticate: Bearer error="insufficient_scope",
 * scope="..."} naming the scopes required (RFC 6750 section 3). Spring Security's
 * {@link BearerTokenAccessDeniedHandler} cannot know them and leaves {@code scope} out; it still answers every other
 * refusal (e.g. {@code @PreAuthorize}). The header itself is written by Spring Security's entry point, which renders a
 * {@code BearerTokenError} with its status and scope.
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
		if (denied instanceof AuthorizationDeniedException authorization
				&& authorization.getAuthorizationResult() instanceof ScopesDecision scopes) {
			String required = String.join(" ", scopes.required());
			String description = (scopes.match() == RequireScopes.Match.ANY)
					? "The access token needs one of the scopes: " + required
					: "The access token needs the scopes: " + required;
			this.entryPoint.commence(request, response,
					new OAuth2AuthenticationException(BearerTokenErrors.insufficientScope(description, required)));
			return;
		}
		this.otherwise.handle(request, response, denied);
	}

}
