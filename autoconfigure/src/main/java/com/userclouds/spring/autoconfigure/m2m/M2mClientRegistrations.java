package com.userclouds.spring.autoconfigure.m2m;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationContributor;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * The M2M clients as Spring Security client registrations (grant {@code client_credentials}, registration id = the
 * client's name), built on first use because the token endpoint may come from discovery.
 */
public class M2mClientRegistrations implements ClientRegistrationContributor {

	private final M2mProperties properties;

	private final UserCloudsTenant tenant;

	public M2mClientRegistrations(M2mProperties properties, UserCloudsTenant tenant) {
		this.properties = properties;
		this.tenant = tenant;
	}

	@Override
	public Map<String, Supplier<ClientRegistration>> registrations() {
		Map<String, Supplier<ClientRegistration>> registrations = new LinkedHashMap<>();
		this.properties.getClients().forEach((name, client) -> {
			if (client.hasCredentials()) {
				registrations.put(name, () -> registration(name, client));
			}
		});
		return registrations;
	}

	private ClientRegistration registration(String name, M2mProperties.Client client) {
		return ClientRegistration.withRegistrationId(name)
			.clientId(client.getClientId())
			.clientSecret(client.getClientSecret())
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.clientAuthenticationMethod(
					(client.getAuthMethod() == M2mProperties.AuthMethod.CLIENT_SECRET_POST)
							? ClientAuthenticationMethod.CLIENT_SECRET_POST
							: ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.scope(client.getScopes())
			.tokenUri(this.tenant.tokenEndpoint().toString())
			.build();
	}

}
