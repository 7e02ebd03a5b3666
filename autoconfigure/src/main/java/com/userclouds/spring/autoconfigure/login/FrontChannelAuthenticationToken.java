package com.userclouds.spring.autoconfigure.login;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * An authorization response on its way through {@link FrontChannelAuthenticationProvider}: first the response with
 * the request it answers, then the logged-in user with the tokens the login produced. Never stored; the session gets
 * Spring Security's {@link OAuth2AuthenticationToken} and {@link OAuth2AuthorizedClient}, which both stacks' callbacks
 * take from here.
 */
final class FrontChannelAuthenticationToken extends AbstractAuthenticationToken {

	private final transient ClientRegistration registration;

	private final transient OAuth2AuthorizationRequest authorizationRequest;

	private final transient Map<String, String> response;

	private final transient OidcUser user;

	private final transient OAuth2AccessToken accessToken;

	private final transient OAuth2RefreshToken refreshToken;

	/**
	 * An authorization response to check.
	 */
	FrontChannelAuthenticationToken(ClientRegistration registration, OAuth2AuthorizationRequest authorizationRequest,
			Map<String, String> response) {
		super(List.of());
		this.registration = registration;
		this.authorizationRequest = authorizationRequest;
		this.response = Map.copyOf(response);
		this.user = null;
		this.accessToken = null;
		this.refreshToken = null;
	}

	/**
	 * A completed login.
	 * @param accessToken the access token, {@code null} for an {@code id_token}-only implicit login
	 * @param refreshToken the refresh token, if the token endpoint issued one
	 */
	FrontChannelAuthenticationToken(ClientRegistration registration, OidcUser user,
			Collection<? extends GrantedAuthority> authorities, OAuth2AccessToken accessToken,
			OAuth2RefreshToken refreshToken) {
		super(authorities);
		this.registration = registration;
		this.authorizationRequest = null;
		this.response = Map.of();
		this.user = user;
		this.accessToken = accessToken;
		this.refreshToken = refreshToken;
		setAuthenticated(true);
	}

	/**
	 * The logged-in user as Spring Security's {@code oauth2Login} leaves it in the security context.
	 */
	OAuth2AuthenticationToken toAuthentication(Object details) {
		OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(this.user, getAuthorities(),
				this.registration.getRegistrationId());
		authentication.setDetails(details);
		return authentication;
	}

	/**
	 * The client authorized by this login, {@code null} when it brought no access token (implicit with
	 * {@code id_token} alone).
	 */
	OAuth2AuthorizedClient authorizedClient(String principalName) {
		return (this.accessToken != null)
				? new OAuth2AuthorizedClient(this.registration, principalName, this.accessToken, this.refreshToken)
				: null;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public Object getPrincipal() {
		return this.user;
	}

	ClientRegistration registration() {
		return this.registration;
	}

	OAuth2AuthorizationRequest authorizationRequest() {
		return this.authorizationRequest;
	}

	Map<String, String> response() {
		return this.response;
	}

	OidcUser user() {
		return this.user;
	}

	OAuth2AccessToken accessToken() {
		return this.accessToken;
	}

	OAuth2RefreshToken refreshToken() {
		return this.refreshToken;
	}

}
