package com.userclouds.spring.autoconfigure.login;

import java.net.URI;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.web.util.UriComponentsBuilder;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * Where the browser goes once the local session has ended, the same on both stacks: to the provider's
 * {@code end_session_endpoint} (RP-initiated logout, through Spring Security's handler of each stack) when it
 * advertises one, else to UserClouds' {@code GET /logout?client_id=&redirect_url=}; straight to the post-logout page
 * when the tenant cannot be reached, as the local logout has happened either way. May block: the answer can need the
 * tenant's discovery document.
 */
final class TenantLogout {

	private static final Log logger = LogFactory.getLog(TenantLogout.class);

	private final UserCloudsTenant tenant;

	private final String clientId;

	private final String postLogoutRedirectUri;

	TenantLogout(UserCloudsTenant tenant, String clientId, String postLogoutRedirectUri) {
		this.tenant = tenant;
		this.clientId = clientId;
		this.postLogoutRedirectUri = postLogoutRedirectUri;
	}

	String postLogoutRedirectUri() {
		return this.postLogoutRedirectUri;
	}

	/**
	 * @param baseUrl the application's base URL, for {@code {baseUrl}} in the post-logout redirect URI
	 * @return the URL to send the browser to, or {@code null} for RP-initiated logout
	 */
	String redirectAfterLocalLogout(String baseUrl) {
		String redirectUrl = this.postLogoutRedirectUri.replace("{baseUrl}", baseUrl);
		URI endSession;
		try {
			endSession = this.tenant.endSessionEndpoint();
		}
		catch (TenantUnavailableException ex) {
			logger.warn("Logged out locally only; the tenant is unreachable: " + ex.getMessage());
			return redirectUrl;
		}
		if (endSession != null) {
			return null;
		}
		return UriComponentsBuilder.fromUri(this.tenant.userCloudsLogoutEndpoint())
			.queryParam("client_id", "{clientId}")
			.queryParam("redirect_url", "{redirectUrl}")
			.encode()
			.buildAndExpand(this.clientId, redirectUrl)
			.toUriString();
	}

	/**
	 * The base URL of {@code requestUrl}: scheme, host, port and context path.
	 */
	static String baseUrl(URI requestUrl, String contextPath) {
		return UriComponentsBuilder.fromUri(requestUrl)
			.replacePath(contextPath)
			.replaceQuery(null)
			.fragment(null)
			.build()
			.toUriString();
	}

}
