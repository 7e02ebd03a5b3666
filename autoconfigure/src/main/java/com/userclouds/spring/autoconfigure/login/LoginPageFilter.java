package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.HttpMethod;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * {@code GET /login}: sends the browser to the tenant, or, as {@code /login?error}, says why the last login failed.
 * Hand-written because Spring Security's generated login page lists every client registration when the application
 * starts, which would call discovery at startup; and because an unreachable tenant deserves a page saying so rather
 * than an error status.
 */
final class LoginPageFilter extends OncePerRequestFilter {

	static final String LOGIN_PATH = "/login";

	private static final Log logger = LogFactory.getLog(LoginPageFilter.class);

	private static final RequestMatcher LOGIN_PAGE = PathPatternRequestMatcher.pathPattern(HttpMethod.GET, LOGIN_PATH);

	private final ClientRegistrationRepository registrations;

	private final String authorizationRequestPath;

	LoginPageFilter(ClientRegistrationRepository registrations, String authorizationRequestPath) {
		this.registrations = registrations;
		this.authorizationRequestPath = authorizationRequestPath;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !LOGIN_PAGE.matches(request);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String retry = request.getContextPath() + this.authorizationRequestPath;
		if (isErrorPage(request)) {
			page(response, HttpServletResponse.SC_UNAUTHORIZED, "Login failed", lastFailure(request), retry);
			return;
		}
		try {
			this.registrations.findByRegistrationId(LoginClientRegistration.REGISTRATION_ID);
		}
		catch (TenantUnavailableException ex) {
			logger.warn("Login is unavailable: " + ex.getMessage());
			page(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Login is unavailable",
					"The login service cannot be reached right now. Please try again in a moment.", retry);
			return;
		}
		response.sendRedirect(retry);
	}

	private static boolean isErrorPage(HttpServletRequest request) {
		String query = request.getQueryString();
		return request.getParameterMap().containsKey("error")
				|| (query != null && (query.equals("error") || query.startsWith("error&") || query.startsWith("error=")));
	}

	/**
	 * The reason kept by the failure handler, read once. Only the OAuth 2.0 error code and description are shown.
	 */
	private static String lastFailure(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		Object failure = (session != null) ? session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) : null;
		if (session != null) {
			session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		}
		if (failure instanceof OAuth2AuthenticationException oauth2) {
			String description = oauth2.getError().getDescription();
			return oauth2.getError().getErrorCode() + ((description != null) ? ": " + description : "");
		}
		return "The login could not be completed.";
	}

	private static void page(HttpServletResponse response, int status, String title, String message, String retry)
			throws IOException {
		HtmlPage.write(response, status, """
				<!DOCTYPE html>
				<html><head><meta charset="utf-8"><title>%1$s</title></head>
				<body><h1>%1$s</h1><p id="login-error">%2$s</p><p><a href="%3$s">Try again</a></p></body></html>
				""".formatted(HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(message), HtmlUtils.htmlEscape(retry)));
	}

}
