package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;

/**
 * Writes the few pages login serves itself (login error, login unavailable, fragment relay): UTF-8 HTML that no cache
 * keeps, as they may carry the outcome of one login.
 */
final class HtmlPage {

	private HtmlPage() {
	}

	static void write(HttpServletResponse response, int status, String html) throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader("Cache-Control", "no-store");
		response.getWriter().write(html);
	}

}
