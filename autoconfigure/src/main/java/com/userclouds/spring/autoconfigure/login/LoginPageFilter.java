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
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * {@code GET /login}: sends the browser to the tenant, or, as {@code /login?error}, says why the last login failed.
 * Hand-written because Spring Security's generated login page lists every client registration when the application
 * starts, which would call discovery at startup; and because an unreachable tenant deserves a page saying so rather
 * than an error status.
 */
final class LoginPageFilter extends OncePerRequestFilter {

	private static final Log logger = LogFactory.getLog(LoginPageFilter.class);

	private static final RequestMatcher LOGIN_PAGE = PathPatternRequestMatcher.pathPattern(HttpMethod.GET,
			LoginPages.LOGIN_PATH);

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
		if (LoginPages.isErrorPage(request.getParameterMap().keySet(), request.getQueryString())) {
			HtmlPage.write(response, HttpServletResponse.SC_UNAUTHORIZED, LoginPages.loginFailed(lastFailure(request), retry));
			return;
		}
		try {
			this.registrations.findByRegistrationId(LoginClientRegistration.REGISTRATION_ID);
		}
		catch (TenantUnavailableException ex) {
			logger.warn("Login is unavailable: " + ex.getMessage());
			HtmlPage.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, LoginPages.tenantUnavailable(retry));
			return;
		}
		response.sendRedirect(retry);
	}

	/**
	 * The failure kept by the failure handler, read once.
	 */
	private static Object lastFailure(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null) {
			return null;
		}
		Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
		return failure;
	}

}
