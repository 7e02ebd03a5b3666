package com.userclouds.spring.localtenant.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * A short plain-text error page. The tenant has no error view, and Tomcat's own error page either hides the message
 * or, for exceptions, shows a stack trace.
 */
public final class PlainTextError {

	private PlainTextError() {
	}

	public static void send(HttpServletResponse response, int status, String message) throws IOException {
		response.setStatus(status);
		response.setHeader("Cache-Control", "no-store");
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(message + "\n");
	}

}
