package com.userclouds.spring.autoconfigure.login;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.resource.ResourceServerProperties;
import com.userclouds.spring.autoconfigure.resource.SigningAlgorithms;
import com.userclouds.spring.autoconfigure.tenant.TenantJwkSource;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * The login client and the checks of what the tenant answers, the same on both stacks: the registration, the ID-token
 * decoders, the check of a front-channel access token, and the token endpoint's clients. What keeps login state is
 * each stack's ({@link ServletLoginConfiguration}, {@link ReactiveLoginConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class LoginClientConfiguration {

	@Bean
	@ConditionalOnMissingBean
	LoginClientRegistration userCloudsLoginClientRegistration(UserCloudsTenant tenant, LoginProperties properties) {
		return new LoginClientRegistration(tenant, properties);
	}

	/**
	 * ID tokens are signed like the tenant's access tokens, so they share the resource server's allow-list
	 * ({@code userclouds.resource-server.algorithms}; when empty, RS256 and what the tenant advertises).
	 */
	@Bean
	@ConditionalOnMissingBean
	JwtDecoderFactory<ClientRegistration> userCloudsIdTokenDecoderFactory(UserCloudsTenant tenant, TenantJwkSource keys,
			ResourceServerProperties resourceServer) {
		return new IdTokenDecoderFactory(keys, new SigningAlgorithms(resourceServer.getAlgorithms(), tenant, keys));
	}

	/**
	 * The hybrid and implicit flows' check of an access token from the authorization response, with the ID tokens'
	 * algorithms. Internal to the login chain, so nothing to back off from.
	 */
	@Bean
	FrontChannelAccessTokenCheck userCloudsFrontChannelAccessTokenCheck(UserCloudsTenant tenant, TenantJwkSource keys,
			ResourceServerProperties resourceServer, LoginProperties properties) {
		return new FrontChannelAccessTokenCheck(keys,
				new SigningAlgorithms(resourceServer.getAlgorithms(), tenant, keys), tenant.issuer(),
				properties.getClientId());
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> userCloudsAuthorizationCodeTokenResponseClient(
			UserCloudsProperties properties) {
		return TokenEndpointClients.authorizationCode(properties.getDiscovery());
	}

	@Bean
	@ConditionalOnMissingBean
	OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> userCloudsRefreshTokenResponseClient(
			UserCloudsProperties properties) {
		return TokenEndpointClients.refreshToken(properties.getDiscovery());
	}

}
