package com.userclouds.e2e.stack;

import java.util.ArrayList;
import java.util.List;

import com.userclouds.e2e.journey.OidcProviderPages;
import com.userclouds.e2e.journey.ProviderPages;

/**
 * oidc-provider, and sample-m2m as the orders API trusting its JWT access tokens (audience
 * {@link OidcProvider#API_AUDIENCE}), with the client-credentials client {@code e2e-m2m-reader} behind
 * {@code /demo/orders}. The client ids and secrets are those of {@code e2e/oidc-provider/configuration.js}.
 */
public final class OidcProviderStack implements LoginStack, AutoCloseable {

	private final E2eSettings settings;

	private final OidcProvider provider;

	private final SampleApp api;

	private OidcProviderStack(E2eSettings settings, OidcProvider provider, SampleApp api) {
		this.settings = settings;
		this.provider = provider;
		this.api = api;
	}

	static OidcProviderStack start(E2eSettings settings) {
		OidcProvider provider = OidcProvider.start(settings);
		try {
			SampleApp api = startSampleM2m(settings, provider, "sample-m2m-oidc-provider", "e2e-m2m-reader",
					"e2e-m2m-reader-secret");
			return new OidcProviderStack(settings, provider, api);
		}
		catch (RuntimeException ex) {
			provider.close();
			throw ex;
		}
	}

	public static LoginClient codeClient() {
		return new LoginClient("e2e-code", "e2e-code-secret", "authorization-code", null, null);
	}

	public static LoginClient pkceClient() {
		return new LoginClient("e2e-pkce", null, "pkce", null, null);
	}

	public static LoginClient hybridClient(String responseType, String responseMode) {
		return new LoginClient("e2e-hybrid", "e2e-hybrid-secret", "hybrid", responseType, responseMode);
	}

	public static LoginClient implicitClient(String responseType, String responseMode) {
		return new LoginClient("e2e-implicit", null, "implicit", responseType, responseMode);
	}

	/** sample-m2m's API, whose {@code /demo/orders} uses the client {@code e2e-m2m-reader}. */
	public SampleApp api() {
		return this.api;
	}

	/**
	 * Another sample-m2m whose {@code /demo/orders} uses the given client-credentials client; the caller closes it.
	 */
	public SampleApp startSampleM2m(String name, String clientId, String clientSecret) {
		return startSampleM2m(this.settings, this.provider, name, clientId, clientSecret);
	}

	@Override
	public SampleApp startWebapp(String name, LoginClient client) {
		List<String> properties = new ArrayList<>();
		properties.add("--userclouds.tenant-url=" + this.provider.issuer());
		properties.addAll(client.properties());
		// The user's access token is for the orders API (RFC 8707 resource indicator), which oidc-provider's UserInfo
		// refuses; provider.js serves UserInfo for such tokens (see there)
		properties.add("--userclouds.endpoints.userinfo=" + this.provider.issuer() + "/e2e/userinfo");
		properties.add("--sample.api-base-url=" + this.api.baseUrl());
		return SampleApp.start(this.settings, this.settings.sampleWebappJar(), "sample-webapp-" + name, "127.0.0.1",
				properties, "/");
	}

	@Override
	public ProviderPages pages() {
		return new OidcProviderPages();
	}

	@Override
	public void close() {
		try {
			this.api.close();
		}
		finally {
			this.provider.close();
		}
	}

	private static SampleApp startSampleM2m(E2eSettings settings, OidcProvider provider, String name, String clientId,
			String clientSecret) {
		return SampleApp.start(settings, settings.sampleM2mJar(), name, "127.0.0.1",
				List.of("--userclouds.tenant-url=" + provider.issuer(),
						"--userclouds.resource-server.audiences=" + OidcProvider.API_AUDIENCE,
						"--userclouds.m2m.clients.orders.client-id=" + clientId,
						"--userclouds.m2m.clients.orders.client-secret=" + clientSecret),
				"/public/ping");
	}

}
