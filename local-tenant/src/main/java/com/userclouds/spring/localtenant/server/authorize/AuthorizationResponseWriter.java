package com.userclouds.spring.localtenant.server.authorize;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Sends a granted authorization request back to the client: in the query string (the default, like UserClouds, with
 * the access token in a parameter named {@code token}), in the fragment, or as an auto-submitted form
 * ({@code form_post}); the last two name the access token {@code access_token} with its {@code token_type}.
 * Written by hand: Spring Authorization Server only answers code requests, in the query string.
 */
public final class AuthorizationResponseWriter implements AuthenticationSuccessHandler {

	private final boolean standardShape;

	/**
	 * @param standardShape whether fragment and form_post responses carry {@code expires_in}
	 */
	public AuthorizationResponseWriter(boolean standardShape) {
		this.standardShape = standardShape;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		OAuth2AuthorizationCodeRequestAuthenticationToken granted = (OAuth2AuthorizationCodeRequestAuthenticationToken) authentication;
		AuthorizationResult result = (authentication instanceof AuthorizationResult full) ? full : null;
		ResponseMode mode = (result != null) ? result.responseMode() : ResponseMode.QUERY;
		Map<String, String> parameters = parameters(granted, result, mode);
		response.setHeader("Cache-Control", "no-store");
		switch (mode) {
			case QUERY -> response.sendRedirect(withQuery(granted.getRedirectUri(), parameters));
			case FRAGMENT -> response.sendRedirect(granted.getRedirectUri() + "#" + encoded(parameters));
			case FORM_POST -> writeFormPost(response, granted.getRedirectUri(), parameters);
		}
	}

	private Map<String, String> parameters(OAuth2AuthorizationCodeRequestAuthenticationToken granted,
			AuthorizationResult result, ResponseMode mode) {
		Map<String, String> parameters = new LinkedHashMap<>();
		if (result == null || result.responseTypes().code()) {
			parameters.put("code", granted.getAuthorizationCode().getTokenValue());
		}
		if (result != null && result.idToken() != null) {
			parameters.put("id_token", result.idToken().getTokenValue());
		}
		OAuth2AccessToken accessToken = (result != null) ? result.accessToken() : null;
		if (accessToken != null && mode == ResponseMode.QUERY) {
			parameters.put("token", accessToken.getTokenValue());
		}
		else if (accessToken != null) {
			parameters.put("access_token", accessToken.getTokenValue());
			parameters.put("token_type", accessToken.getTokenType().getValue());
			if (this.standardShape && accessToken.getIssuedAt() != null && accessToken.getExpiresAt() != null) {
				parameters.put("expires_in", String.valueOf(
						Duration.between(accessToken.getIssuedAt(), accessToken.getExpiresAt()).toSeconds()));
			}
		}
		if (granted.getState() != null) {
			parameters.put("state", granted.getState());
		}
		return parameters;
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
