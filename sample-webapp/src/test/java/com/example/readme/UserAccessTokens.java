package com.example.readme;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.stereotype.Component;

@Component
class UserAccessTokens {

	private final OAuth2AuthorizedClientManager manager;

	UserAccessTokens(@Qualifier("userCloudsLoginAuthorizedClientManager") OAuth2AuthorizedClientManager manager) {
		this.manager = manager;
	}

	/** The signed-in user's access token, refreshed first if it has expired. */
	String accessToken(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
		OAuth2AuthorizedClient client = this.manager.authorize(OAuth2AuthorizeRequest
			.withClientRegistrationId("userclouds")
			.principal(authentication)
			.attribute(HttpServletRequest.class.getName(), request)
			.attribute(HttpServletResponse.class.getName(), response)
			.build());
		return client.getAccessToken().getTokenValue();
	}

}
