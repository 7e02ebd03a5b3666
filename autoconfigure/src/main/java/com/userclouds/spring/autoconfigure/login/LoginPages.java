package com.userclouds.spring.autoconfigure.login;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collection;

import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.web.util.HtmlUtils;

/**
 * The pages login serves itself, the same on both stacks, and their paths: the login page's messages (the last
 * failure, the tenant being unreachable) and the relay page of the fragment response mode. Each stack's filters only
 * decide when to answer with which page.
 */
final class LoginPages {

	/** The login page, and with {@code ?error} the page naming why the last login failed. */
	static final String LOGIN_PATH = "/login";

	static final String FAILURE_URL = LOGIN_PATH + "?error";

	/** Where a login starts: Spring Security's authorization request endpoint (the same on both stacks). */
	static final String AUTHORIZATION_REQUEST_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/" + LoginClientRegistration.REGISTRATION_ID;

	/** Headers of the relay page; {@code %s} is the nonce of its one script. */
	static final String RELAY_CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'nonce-%s'; form-action 'self'; frame-ancestors 'none'";

	static final String RELAY_REFERRER_POLICY = "no-referrer";

	private static final SecureRandom RANDOM = new SecureRandom();

	private LoginPages() {
	}

	/**
	 * A page that tells the user something and offers to log in again.
	 */
	static String message(String title, String message, String retry) {
		return """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>%1$s</title></head>
				<body><h1>%1$s</h1><p id="login-error">%2$s</p><p><a href="%3$s">Try again</a></p></body></html>
				""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(message), HtmlUtils.htmlEscape(retry));
	}

	static String loginFailed(Object failure, String retry) {
		return message("Login failed", failureMessage(failure), retry);
	}

	static String tenantUnavailable(String retry) {
		return message("Login is unavailable",
				"The login service cannot be reached right now. Please try again in a moment.", retry);
	}

	/**
	 * Whether a request for the login page asks for the error page ({@code /login?error}).
	 */
	static boolean isErrorPage(Collection<String> parameterNames, String query) {
		return parameterNames.contains("error")
				|| (query != null && (query.equals("error") || query.startsWith("error&") || query.startsWith("error=")));
	}

	/**
	 * Posts the parameters of the URL fragment, which browsers never send to the server, to the callback, same
	 * origin. Nothing else is accepted from it: the page posts only to the callback path, the callback still requires
	 * the {@code state} of a login this browser's session started, and the strict content security policy
	 * ({@link #RELAY_CONTENT_SECURITY_POLICY}) lets only this page's own script run.
	 */
	static String relay(String callback, String failure, String nonce) {
		return """
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
				""".formatted(HtmlUtils.htmlEscape(callback), HtmlUtils.htmlEscape(failure), nonce);
	}

	static String newScriptNonce() {
		byte[] nonceBytes = new byte[18];
		RANDOM.nextBytes(nonceBytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
	}

	/**
	 * Only the OAuth 2.0 error code and description of a failure are shown.
	 */
	private static String failureMessage(Object failure) {
		if (failure instanceof OAuth2AuthenticationException oauth2) {
			String description = oauth2.getError().getDescription();
			return oauth2.getError().getErrorCode() + ((description != null) ? ": " + description : "");
		}
		return "The login could not be completed.";
	}

}
