package com.userclouds.spring.localtenant.server.authorize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Delivers authorization response parameters (a result or an error) to the client's redirect URI in a
 * {@link ResponseMode}: query string, fragment, or an auto-submitted form (OAuth 2.0 Form Post Response Mode).
 */
final class ResponseModeDelivery {

	private ResponseModeDelivery() {
	}

	static void send(HttpServletResponse response, ResponseMode mode, String redirectUri,
			Map<String, String> parameters) throws IOException {
		response.setHeader("Cache-Control", "no-store");
		switch (mode) {
			case QUERY -> response.sendRedirect(withQuery(redirectUri, parameters));
			case FRAGMENT -> response.sendRedirect(redirectUri + "#" + encoded(parameters));
			case FORM_POST -> writeFormPost(response, redirectUri, parameters);
		}
	}

	private static String withQuery(String redirectUri, Map<String, String> parameters) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromUriString(redirectUri);
		parameters.forEach((name, value) -> uri.queryParam(name, UriUtils.encode(value, StandardCharsets.UTF_8)));
		return uri.build(true).toUriString();
	}

	private static String encoded(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + UriUtils.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static void writeFormPost(HttpServletResponse response, String redirectUri, Map<String, String> parameters)
			throws IOException {
		StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Signing in</title></head>")
			.append("<body onload=\"document.forms[0].submit()\"><form method=\"post\" action=\"")
			.append(HtmlUtils.htmlEscape(redirectUri))
			.append("\">");
		parameters.forEach((name, value) -> html.append("<input type=\"hidden\" name=\"")
			.append(HtmlUtils.htmlEscape(name))
			.append("\" value=\"")
			.append(HtmlUtils.htmlEscape(value))
			.append("\"/>"));
		html.append("<noscript><button type=\"submit\">Continue</button></noscript></form></body></html>");
		response.setContentType(MediaType.TEXT_HTML_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(html.toString());
	}

}
