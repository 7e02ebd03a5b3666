package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Relays an authorization response that came back in the URL fragment, which browsers never send to the server: a
 * redirect to the callback without response parameters gets a small page that posts the fragment's parameters to the
 * same callback, same origin. Nothing else is accepted from it: the page posts only to the callback path, the
 * callback still requires the {@code state} of a login this browser's session started, and the strict content
 * security policy lets only this page's own script run.
 */
final class FragmentRelayFilter extends OncePerRequestFilter {

	private static final SecureRandom RANDOM = new SecureRandom();

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
		return !this.callbackGet.matches(request) || AuthorizationResponseParameters.present(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		byte[] nonceBytes = new byte[18];
		RANDOM.nextBytes(nonceBytes);
		String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
		String action = HtmlUtils.htmlEscape(request.getContextPath() + this.callbackPath);
		String failure = HtmlUtils.htmlEscape(request.getContextPath() + this.failureUrl);
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Content-Security-Policy",
				"default-src 'none'; script-src 'nonce-" + nonce + "'; form-action 'self'; frame-ancestors 'none'");
		HtmlPage.write(response, HttpServletResponse.SC_OK, """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>Signing in</title></head>
				<body>
				<noscript>Signing in needs JavaScript. <a href="%2$s">Back</a></noscript>
				<form id="relay" method="post" action="%1$s" data-failure="%2$s"></form>
				<script nonce="%3$s">
				(function () {
				  var form = document.getElementById('relay');
				  var params = new URLSearchParams(window.location.hash.substring(1));
				  history.replaceState(null, '', window.location.pathname);
				  if (!params.has('state')) { window.location.replace(form.getAttribute('data-failure')); return; }
				  params.forEach(function (value, name) {
				    var input = document.createElement('input');
				    input.type = 'hidden'; input.name = name; input.value = value;
				    form.appendChild(input);
				  });
				  form.submit();
				})();
				</script>
				</body></html>
				""".formatted(action, failure, nonce));
	}

}
