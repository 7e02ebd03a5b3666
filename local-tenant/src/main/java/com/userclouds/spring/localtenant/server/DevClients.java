package com.userclouds.spring.localtenant.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

import com.userclouds.spring.localtenant.LocalTenantProperties;

/**
 * The two dev clients from {@code userclouds.local-tenant.login} and {@code userclouds.local-tenant.m2m}.
 */
final class DevClients {

	private static final Duration REFRESH_TOKEN_LIFETIME = Duration.ofDays(30);

	private DevClients() {
	}

	static RegisteredClientRepository of(LocalTenantProperties properties) {
		return new InMemoryRegisteredClientRepository(login(properties), m2m(properties));
	}

	static RegisteredClient login(LocalTenantProperties properties) {
		LocalTenantProperties.LoginClient login = properties.getLogin();
		return RegisteredClient.withId(appId(login.getClientId()))
			.clientId(login.getClientId())
			.clientSecret("{noop}" + login.getClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			// also a public client: a token request with a code_verifier and no secret
			.clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris((uris) -> uris.addAll(login.getRedirectUris()))
			.postLogoutRedirectUris((uris) -> uris.addAll(login.getPostLogoutRedirectUris()))
			.scopes((scopes) -> scopes.addAll(Scopes.of(login.getScopes())))
			.clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).requireProofKey(false).build())
			.tokenSettings(tokenSettings(properties.getTokenLifetime()))
			.build();
	}

	static RegisteredClient m2m(LocalTenantProperties properties) {
		LocalTenantProperties.M2mClient m2m = properties.getM2m();
		return RegisteredClient.withId(appId(m2m.getClientId()))
			.clientId(m2m.getClientId())
			.clientSecret("{noop}" + m2m.getClientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scopes((scopes) -> scopes.addAll(Scopes.of(m2m.getScopes())))
			.tokenSettings(tokenSettings(properties.getTokenLifetime()))
			.build();
	}

	/**
	 * A client's app id: a UUID like UserClouds', stable across restarts; it is the {@code sub} of M2M tokens.
	 */
	static String appId(String clientId) {
		return UUID.nameUUIDFromBytes(("userclouds-local-tenant:app:" + clientId).getBytes(StandardCharsets.UTF_8))
			.toString();
	}

	private static TokenSettings tokenSettings(Duration lifetime) {
		// refresh tokens are not rotated, like UserClouds, and outlive a working day of access tokens
		return TokenSettings.builder()
			.accessTokenTimeToLive(lifetime)
			.refreshTokenTimeToLive(REFRESH_TOKEN_LIFETIME)
			.reuseRefreshTokens(true)
			.build();
	}

}
