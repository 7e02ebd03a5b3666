package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;


/**
 * Ends the user's session at the tenant too once the local session has ended, on the servlet stack
 * ({@link TenantLogout}).
 */
final class TenantLogoutSuccessHandler implements LogoutSuccessHandler {

	private final TenantLogout tenantLogout;

	private final OidcClientInitiatedLogoutSuccessHandler rpInitiated;

	TenantLogoutSuccessHandler(TenantLogout tenantLogout, ClientRegistrationRepository registrations) {
		this.tenantLogout = tenantLogout;
		this.rpInitiated = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		this.rpInitiated.setPostLogoutRedirectUri(tenantLogout.postLogoutRedirectUri());
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		String redirect = this.tenantLogout.redirectAfterLocalLogout(
				TenantLogout.baseUrl(URI.create(request.getRequestURL().toString()), request.getContextPath()));
		if (redirect == null) {
			this.rpInitiated.onLogoutSuccess(request, response, authentication);
			return;
		}
		response.sendRedirect(redirect);
	}

}
