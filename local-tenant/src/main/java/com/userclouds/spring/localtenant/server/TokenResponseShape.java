package com.userclouds.spring.localtenant.server;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.endpoint.DefaultOAuth2AccessTokenResponseMapConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AccessTokenResponseAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

/**
 * Writes token responses. UserClouds' shape: {@code access_token}, {@code token_type}, {@code refresh_token},
 * {@code id_token}, without {@code expires_in} and {@code scope} (clients read the lifetime from the JWT's
 * {@code exp}). The standard shape is Spring Authorization Server's own response.
 */
final class TokenResponseShape implements AuthenticationSuccessHandler {

	private final AuthenticationSuccessHandler standard = new OAuth2AccessTokenResponseAuthenticationSuccessHandler();

	private final OAuth2AccessTokenResponseHttpMessageConverter userCloudsShape = new OAuth2AccessTokenResponseHttpMessageConverter();

	private final boolean standardShape;

	TokenResponseShape(boolean standardShape) {
		this.standardShape = standardShape;
		DefaultOAuth2AccessTokenResponseMapConverter parameters = new DefaultOAuth2AccessTokenResponseMapConverter();
		this.userCloudsShape.setAccessTokenResponseParametersConverter((response) -> {
			Map<String, Object> map = parameters.convert(response);
			map.remove(OAuth2ParameterNames.EXPIRES_IN);
			map.remove(OAuth2ParameterNames.SCOPE);
			return map;
		});
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		if (this.standardShape || !(authentication instanceof OAuth2AccessTokenAuthenticationToken issued)) {
			this.standard.onAuthenticationSuccess(request, response, authentication);
			return;
		}
		OAuth2AccessToken accessToken = issued.getAccessToken();
		OAuth2RefreshToken refreshToken = issued.getRefreshToken();
		OAuth2AccessTokenResponse.Builder tokenResponse = OAuth2AccessTokenResponse
			.withToken(accessToken.getTokenValue())
			.tokenType(accessToken.getTokenType())
			.additionalParameters(issued.getAdditionalParameters());
		if (refreshToken != null) {
			tokenResponse.refreshToken(refreshToken.getTokenValue());
		}
		this.userCloudsShape.write(tokenResponse.build(), null, new ServletServerHttpResponse(response));
	}

}
