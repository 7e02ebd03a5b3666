package com.userclouds.spring.autoconfigure.resource;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Answers a bearer token that failed authentication on the servlet stack with {@link BearerTokenAnswers#clientFacing}.
 */
final class BearerTokenFailureHandler implements AuthenticationFailureHandler {

	private final AuthenticationEntryPoint entryPoint;

	BearerTokenFailureHandler(AuthenticationEntryPoint entryPoint) {
		this.entryPoint = entryPoint;
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		this.entryPoint.commence(request, response, BearerTokenAnswers.clientFacing(exception));
	}

}
