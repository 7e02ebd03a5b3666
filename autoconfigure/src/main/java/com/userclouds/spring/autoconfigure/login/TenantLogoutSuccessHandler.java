package com.userclouds.spring.autoconfigure.login;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * After the local session has ended, ends the user's session at the tenant too: RP-initiated logout through
 * Spring Security's {@link OidcClientInitiatedLogoutSuccessHandler} when the provider advertises an
 * {@code end_session_endpoint}, else UserClouds' {@code GET /logout?client_id=&redirect_url=}. When the tenant cannot
 * be reached the browser goes straight to the post-logout page: the local logout has happened either way.
 */
final class TenantLogoutSuccessHandler implements LogoutSuccessHandler {

	private static final Log logger = LogFactory.getLog(TenantLogoutSuccessHandler.class);

	private final UserCloudsTenant tenant;

	private final String clientId;

	private final String postLogoutRedirectUri;

	private final OidcClientInitiatedLogoutSuccessHandler rpInitiated;

	TenantLogoutSuccessHandler(UserCloudsTenant tenant, ClientRegistrationRepository registrations, String clientId,
			String postLogoutRedirectUri) {
		this.tenant = tenant;
		this.clientId = clientId;
		this.postLogoutRedirectUri = postLogoutRedirectUri;
		this.rpInitiated = new OidcClientInitiatedLogoutSuccessHandler(registrations);
		this.rpInitiated.setPostLogoutRedirectUri(postLogoutRedirectUri);
	}

	@Override
	public void onLogoutSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		String redirectUrl = expand(request);
		URI endSession;
		try {
			endSession = this.tenant.endSessionEndpoint();
		}
		catch (TenantUnavailableException ex) {
			logger.warn("Logged out locally only; the tenant is unreachable: " + ex.getMessage());
			response.sendRedirect(redirectUrl);
			return;
		}
		if (endSession != null) {
			this.rpInitiated.onLogoutSuccess(request, response, authentication);
			return;
		}
		response.sendRedirect(UriComponentsBuilder.fromUri(this.tenant.userCloudsLogoutEndpoint())
			.queryParam("client_id", "{clientId}")
			.queryParam("redirect_url", "{redirectUrl}")
			.encode()
			.buildAndExpand(this.clientId, redirectUrl)
			.toUriString());
	}

	private String expand(HttpServletRequest request) {
		String baseUrl = UriComponentsBuilder.fromUriString(request.getRequestURL().toString())
			.replacePath(request.getContextPath())
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
		return this.postLogoutRedirectUri.replace("{baseUrl}", baseUrl);
	}

}
