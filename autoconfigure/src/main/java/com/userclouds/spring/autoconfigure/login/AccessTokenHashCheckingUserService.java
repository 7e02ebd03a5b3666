package com.userclouds.spring.autoconfigure.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Checks the ID token's {@code at_hash} against the access token before the user is loaded. Spring Security's code
 * flow hands both tokens to the user service and to nothing else before the session exists, so this is where the
 * check fits; every flow passes through it.
 */
final class AccessTokenHashCheckingUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OAuth2UserService<OidcUserRequest, OidcUser> delegate;

	AccessTokenHashCheckingUserService(OAuth2UserService<OidcUserRequest, OidcUser> delegate) {
		this.delegate = delegate;
	}

	/**
	 * The application's user service, else Spring Security's, behind the check.
	 */
	static OAuth2UserService<OidcUserRequest, OidcUser> around(
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> userServices) {
		return new AccessTokenHashCheckingUserService(userServices.getIfAvailable(OidcUserService::new));
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		IdTokenBindings.verifyHash(request.getIdToken(), IdTokenClaimNames.AT_HASH,
				request.getAccessToken().getTokenValue(), false);
		return this.delegate.loadUser(request);
	}

}
