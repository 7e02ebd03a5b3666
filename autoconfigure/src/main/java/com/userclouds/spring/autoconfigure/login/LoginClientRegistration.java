package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.util.StringUtils;

import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationContributor;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * The login client, checked at startup and registered as {@value #REGISTRATION_ID}; its endpoints are resolved on
 * first use, since they may come from discovery.
 */
public class LoginClientRegistration implements ClientRegistrationContributor {

	/** Registration id of the login client; the redirect URI ends with it. */
	public static final String REGISTRATION_ID = "userclouds";

	/** Path of the redirect URI every flow returns to. */
	public static final String REDIRECT_PATH = "/login/oauth2/code/" + REGISTRATION_ID;

	private final UserCloudsTenant tenant;

	private final LoginProperties properties;

	private final String responseType;

	public LoginClientRegistration(UserCloudsTenant tenant, LoginProperties properties) {
		this.tenant = tenant;
		this.properties = properties;
		this.responseType = properties.checkedResponseType();
	}

	public LoginProperties properties() {
		return this.properties;
	}

	public LoginFlow flow() {
		return this.properties.getFlow();
	}

	/** The {@code response_type} sent to the authorization endpoint. */
	public String responseType() {
		return this.responseType;
	}

	boolean isPublicClient() {
		return !StringUtils.hasText(this.properties.getClientSecret());
	}

	@Override
	public Map<String, Supplier<ClientRegistration>> registrations() {
		return Map.of(REGISTRATION_ID, this::build);
	}

	ClientRegistration build() {
		Map<String, Object> metadata = new HashMap<>();
		URI endSession = this.tenant.endSessionEndpoint();
		if (endSession != null) {
			metadata.put("end_session_endpoint", endSession.toString());
		}
		boolean pkce = isPublicClient() || flow() == LoginFlow.PKCE || flow() == LoginFlow.HYBRID;
		// without a UserInfo URI Spring Security's OidcUserService does not call UserInfo
		URI userinfo = this.properties.isUserInfo() ? this.tenant.userinfoEndpoint() : null;
		return ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("UserClouds")
			.clientId(this.properties.getClientId())
			.clientSecret(isPublicClient() ? null : this.properties.getClientSecret())
			.clientAuthenticationMethod(isPublicClient() ? ClientAuthenticationMethod.NONE
					: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}" + REDIRECT_PATH)
			.scope(this.properties.getScopes())
			.authorizationUri(this.tenant.authorizationEndpoint().toString())
			.tokenUri(this.tenant.tokenEndpoint().toString())
			.userInfoUri((userinfo != null) ? userinfo.toString() : null)
			.userNameAttributeName(IdTokenClaimNames.SUB)
			.jwkSetUri(this.tenant.jwksUri().toString())
			.issuerUri(this.tenant.issuer())
			.providerConfigurationMetadata(metadata)
			.clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(pkce).build())
			.build();
	}

}
