package com.userclouds.spring.localtenant.server;

import java.io.IOException;
import java.util.HashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.util.StringUtils;

/**
 * After Spring Security's logout has ended the tenant session: UserClouds' {@code GET /logout?client_id=&redirect_url=}
 * sends the browser back to {@code redirect_url} when it is one of the client's registered post-logout or redirect
 * URIs; an unknown client or URI gets a 400 naming the problem, never an open redirect.
 */
final class TenantLogoutSuccessHandler implements LogoutSuccessHandler {

	private final RegisteredClientRepository clients;

	TenantLogoutSuccessHandler(RegisteredClientRepository clients) {
		this.clients = clients;
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		String redirectUrl = request.getParameter("redirect_url");
		if (!StringUtils.hasText(redirectUrl)) {
			response.setContentType(MediaType.TEXT_PLAIN_VALUE);
			response.getWriter().write("Logged out of the local tenant.");
			return;
		}
		String clientId = request.getParameter("client_id");
		RegisteredClient client = StringUtils.hasText(clientId) ? this.clients.findByClientId(clientId) : null;
		if (client == null) {
			PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST,
					"Logged out, but client_id names no client of this tenant, so redirect_url is not followed");
			return;
		}
		Set<String> allowed = new HashSet<>(client.getPostLogoutRedirectUris());
		allowed.addAll(client.getRedirectUris());
		if (!LoopbackRedirectUris.matches(allowed, redirectUrl)) {
			PlainTextError.send(response, HttpServletResponse.SC_BAD_REQUEST, "Logged out, but redirect_url is not a registered "
					+ "post-logout or redirect URI of client " + clientId);
			return;
		}
		response.sendRedirect(redirectUrl);
	}

}
