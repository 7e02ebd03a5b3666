package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import mockwebserver3.MockWebServer;

import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.tenant.LazyClientRegistrationRepository;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * Builds the starter's M2M pieces the way the auto-configuration does, against a MockWebServer tenant.
 */
final class M2mTestSupport {

	static final String CLIENT = "orders";

	static final String CLIENT_ID = "orders-client-id";

	static final String CLIENT_SECRET = "s3cr3t-never-shown";

	private M2mTestSupport() {
	}

	static M2mProperties.Client client() {
		M2mProperties.Client client = new M2mProperties.Client();
		client.setClientId(CLIENT_ID);
		client.setClientSecret(CLIENT_SECRET);
		client.setScopes(List.of("orders:read"));
		client.setReadTimeout(Duration.ofSeconds(10));
		return client;
	}

	static M2mProperties properties(M2mProperties.Client client) {
		M2mProperties properties = new M2mProperties();
		properties.getClients().put(CLIENT, client);
		return properties;
	}

	static ClientRegistrationRepository registrations(MockWebServer tenant, M2mProperties properties) {
		UserCloudsProperties tenantProperties = new UserCloudsProperties();
		tenantProperties.setTenantUrl(tenant.url("/").toString());
		tenantProperties.getEndpoints().setToken(tenant.url(FakeUserCloudsTokenEndpoint.TOKEN_PATH).uri());
		UserCloudsTenant userCloudsTenant = new UserCloudsTenant(tenantProperties, new DefaultResourceRetriever());
		return new LazyClientRegistrationRepository(
				new M2mClientRegistrations(properties, userCloudsTenant).registrations());
	}

	static M2mAccessTokens accessTokens(MockWebServer tenant, M2mProperties.Client client, Clock clock,
			RecordingSleeper sleeper) {
		M2mProperties properties = properties(client);
		return new M2mAccessTokens(properties, registrations(tenant, properties), clock, sleeper);
	}

	/**
	 * Records backoffs instead of sleeping, so retry tests neither wait nor depend on timing.
	 */
	static final class RecordingSleeper implements RetryingTokenRequest.Sleeper {

		final List<Duration> sleeps = new CopyOnWriteArrayList<>();

		@Override
		public void sleep(Duration duration) {
			this.sleeps.add(duration);
		}

	}

}
