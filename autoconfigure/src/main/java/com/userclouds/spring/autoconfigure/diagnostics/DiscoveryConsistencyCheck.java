package com.userclouds.spring.autoconfigure.diagnostics;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.login.LoginProperties;
import com.userclouds.spring.autoconfigure.tenant.ProviderMetadata;
import com.userclouds.spring.autoconfigure.tenant.TenantDiscoveredEvent;

/**
 * Compares the configuration with the tenant's discovery document when it is first read (discovery never runs at
 * startup) and logs one WARN listing every disagreement: a configured endpoint that differs from the advertised one,
 * a login response type the provider does not advertise. UserClouds' discovery lists only {@code id_token} although
 * every combination of code, token and id_token works, so that list, or none at all, is not held against the flow.
 */
final class DiscoveryConsistencyCheck {

	private static final Log logger = LogFactory.getLog(DiscoveryConsistencyCheck.class);

	/** What UserClouds' discovery advertises, under-reporting what it supports. */
	private static final List<String> USERCLOUDS_RESPONSE_TYPES = List.of("id_token");

	private final UserCloudsProperties properties;

	private final ObjectProvider<LoginProperties> login;

	DiscoveryConsistencyCheck(UserCloudsProperties properties, ObjectProvider<LoginProperties> login) {
		this.properties = properties;
		this.login = login;
	}

	@EventListener
	void onDiscovery(TenantDiscoveredEvent event) {
		List<String> disagreements = disagreements(event.metadata());
		if (!disagreements.isEmpty()) {
			logger.warn("The configuration and the tenant's discovery document (" + event.metadata().issuer()
					+ ") disagree:" + System.lineSeparator() + "  " + String.join(System.lineSeparator() + "  ", disagreements));
		}
	}

	List<String> disagreements(ProviderMetadata metadata) {
		List<String> disagreements = new ArrayList<>();
		UserCloudsProperties.Endpoints endpoints = this.properties.getEndpoints();
		compare(disagreements, "authorization", endpoints.getAuthorization(), metadata.authorizationEndpoint());
		compare(disagreements, "token", endpoints.getToken(), metadata.tokenEndpoint());
		compare(disagreements, "userinfo", endpoints.getUserinfo(), metadata.userinfoEndpoint());
		compare(disagreements, "jwks", endpoints.getJwks(), metadata.jwksUri());
		compare(disagreements, "logout", endpoints.getLogout(), metadata.endSessionEndpoint());
		LoginProperties loginProperties = this.login.getIfAvailable();
		List<String> advertised = metadata.responseTypes();
		if (loginProperties != null && !advertised.isEmpty() && !advertised.equals(USERCLOUDS_RESPONSE_TYPES)) {
			String responseType = (loginProperties.getResponseType() != null) ? loginProperties.getResponseType()
					: loginProperties.getFlow().responseTypes().get(0);
			if (!advertised.contains(responseType)) {
				disagreements.add("userclouds.login response type '" + responseType + "' (flow "
						+ loginProperties.getFlow() + ") is not in the provider's response_types_supported "
						+ advertised + "; the authorization endpoint may refuse it");
			}
		}
		return disagreements;
	}

	private static void compare(List<String> disagreements, String name, URI configured, URI advertised) {
		if (configured != null && advertised != null && !configured.equals(advertised)) {
			disagreements.add("userclouds.endpoints." + name + " is " + configured + ", discovery advertises "
					+ advertised + "; the configured one is used");
		}
	}

}
