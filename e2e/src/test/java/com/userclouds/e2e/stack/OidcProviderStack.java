package com.userclouds.e2e.stack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.userclouds.e2e.journey.OidcProviderPages;
import com.userclouds.e2e.journey.ProviderPages;

/**
 * oidc-provider, and the samples as the orders API trusting its JWT access tokens (audience
 * {@link OidcProvider#API_AUDIENCE}), with the client-credentials client {@code e2e-m2m-reader} behind
 * {@code /demo/orders}. sample-m2m is started with the stack (the web app's API); sample-webflux on first use. The
 * client ids and secrets are those of {@code e2e/oidc-provider/configuration.js}.
 */
public final class OidcProviderStack implements LoginStack, ApiStack, AutoCloseable {

	/** May get both scopes of the orders API. */
	private static final String READER_CLIENT_ID = "e2e-m2m-reader";

	private static final String READER_CLIENT_SECRET = "e2e-m2m-reader-secret";

	private final E2eSettings settings;

	private final OidcProvider provider;

	private final Map<ApiSample, SampleApp> apis = new EnumMap<>(ApiSample.class);

	private OidcProviderStack(E2eSettings settings, OidcProvider provider, SampleApp sampleM2m) {
		this.settings = settings;
		this.provider = provider;
		this.apis.put(ApiSample.SAMPLE_M2M, sampleM2m);
	}

	static OidcProviderStack start(E2eSettings settings) {
		OidcProvider provider = OidcProvider.start(settings);
		try {
			SampleApp sampleM2m = startApi(settings, provider, ApiSample.SAMPLE_M2M, "sample-m2m-oidc-provider",
					READER_CLIENT_ID, READER_CLIENT_SECRET);
			return new OidcProviderStack(settings, provider, sampleM2m);
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
		return api(ApiSample.SAMPLE_M2M);
	}

	@Override
	public synchronized SampleApp api(ApiSample sample) {
		return this.apis.computeIfAbsent(sample, (key) -> startApi(this.settings, this.provider, key,
				key.module() + "-oidc-provider", READER_CLIENT_ID, READER_CLIENT_SECRET));
	}

	/**
	 * Another instance of {@code sample} whose {@code /demo/orders} uses the given client-credentials client; the
	 * caller closes it.
	 */
	public SampleApp startApi(ApiSample sample, String name, String clientId, String clientSecret) {
		return startApi(this.settings, this.provider, sample, name, clientId, clientSecret);
	}

	/** A token of {@code e2e-m2m-reader}, which may have either scope of the orders API. */
	@Override
	public String accessToken(String scope) {
		return ClientCredentialsGrant.accessToken(this.provider.issuer(), READER_CLIENT_ID, READER_CLIENT_SECRET,
				scope);
	}

	@Override
	public SampleApp startWebapp(WebappSample sample, String name, LoginClient client) {
		List<String> properties = new ArrayList<>();
		properties.add("--userclouds.tenant-url=" + this.provider.issuer());
		properties.addAll(client.properties());
		// The user's access token is for the orders API (RFC 8707 resource indicator), which oidc-provider's UserInfo
		// refuses; provider.js serves UserInfo for such tokens (see there)
		properties.add("--userclouds.endpoints.userinfo=" + this.provider.issuer() + "/e2e/userinfo");
		properties.add("--sample.api-base-url=" + api(sample.api()).baseUrl());
		return SampleApp.start(this.settings, sample.jar(this.settings), sample.module() + "-" + name, "127.0.0.1",
				properties, "/");
	}

	@Override
	public ProviderPages pages() {
		return new OidcProviderPages();
	}

	@Override
	public synchronized void close() {
		try {
			this.apis.values().forEach(SampleApp::close);
		}
		finally {
			this.provider.close();
		}
	}

	private static SampleApp startApi(E2eSettings settings, OidcProvider provider, ApiSample sample, String name,
			String clientId, String clientSecret) {
		return SampleApp.start(settings, sample.jar(settings), name, "127.0.0.1",
				List.of("--userclouds.tenant-url=" + provider.issuer(),
						"--userclouds.resource-server.audiences=" + OidcProvider.API_AUDIENCE,
						"--userclouds.m2m.clients.orders.client-id=" + clientId,
						"--userclouds.m2m.clients.orders.client-secret=" + clientSecret),
				"/public/ping");
	}

}
