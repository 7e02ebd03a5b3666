package com.userclouds.e2e.stack;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import com.userclouds.e2e.journey.LocalTenantPages;
import com.userclouds.e2e.journey.ProviderPages;
import com.userclouds.e2e.process.FreePorts;

/**
 * The local tenant: the samples are started without {@code userclouds.tenant-url}, all with the same free
 * {@code userclouds.local-tenant.port}, so sample-m2m starts the local tenant and every other sample (sample-webflux,
 * each sample-webapp, a second API) reuses it. The browser opens the web app at {@code localhost}, the tenant's host,
 * so that a {@code form_post} back to the app is same-site and carries the app's session cookie.
 */
public final class LocalTenantStack implements LoginStack, ApiStack, AutoCloseable {

	/** The local tenant's dev login client (its defaults, which it also gives the web app). */
	private static final String LOGIN_CLIENT_ID = "local-tenant-login";

	private static final String LOGIN_CLIENT_SECRET = "local-tenant-login-secret";

	/** The local tenant's dev M2M client (its defaults), which it gives every sample's M2M client. */
	private static final String M2M_CLIENT_ID = "local-tenant-m2m";

	private static final String M2M_CLIENT_SECRET = "local-tenant-m2m-secret";

	private final E2eSettings settings;

	private final String tenantUrl;

	private final List<String> tenantProperties;

	private final SampleApp tenantOwner;

	private final Map<ApiSample, SampleApp> apis = new EnumMap<>(ApiSample.class);

	private LocalTenantStack(E2eSettings settings, String tenantUrl, List<String> tenantProperties,
			SampleApp tenantOwner) {
		this.settings = settings;
		this.tenantUrl = tenantUrl;
		this.tenantProperties = tenantProperties;
		this.tenantOwner = tenantOwner;
		this.apis.put(ApiSample.SAMPLE_M2M, tenantOwner);
	}

	static LocalTenantStack start(E2eSettings settings) {
		int tenantPort = FreePorts.pick();
		List<String> tenantProperties = List.of("--userclouds.local-tenant.port=" + tenantPort,
				"--userclouds.local-tenant.key-file="
						+ settings.workDirectory().resolve("e2e-local-tenant/signing-key.json"));
		SampleApp tenantOwner = startApi(settings, ApiSample.SAMPLE_M2M, "sample-m2m-local-tenant", tenantProperties);
		return new LocalTenantStack(settings, "http://localhost:" + tenantPort, tenantProperties, tenantOwner);
	}

	public static LoginClient codeClient() {
		return new LoginClient(LOGIN_CLIENT_ID, LOGIN_CLIENT_SECRET, "authorization-code", null, null);
	}

	public static LoginClient pkceClient() {
		return new LoginClient(LOGIN_CLIENT_ID, null, "pkce", null, null);
	}

	public static LoginClient hybridClient(String responseType, String responseMode) {
		return new LoginClient(LOGIN_CLIENT_ID, LOGIN_CLIENT_SECRET, "hybrid", responseType, responseMode);
	}

	public static LoginClient implicitClient(String responseType, String responseMode) {
		return new LoginClient(LOGIN_CLIENT_ID, null, "implicit", responseType, responseMode);
	}

	/** sample-m2m, which runs the local tenant and whose {@code /demo/orders} uses the tenant's dev M2M client. */
	public SampleApp api() {
		return this.tenantOwner;
	}

	@Override
	public synchronized SampleApp api(ApiSample sample) {
		return this.apis.computeIfAbsent(sample, (key) -> startApi(this.settings, key,
				key.module() + "-local-tenant", this.tenantProperties));
	}

	/**
	 * Another instance of {@code sample} on the same local tenant whose {@code /demo/orders} asks for the given
	 * scopes only; the caller closes it.
	 */
	public SampleApp startApi(ApiSample sample, String name, String scopes) {
		List<String> properties = new ArrayList<>(this.tenantProperties);
		properties.add("--userclouds.m2m.clients.orders.scopes=" + scopes);
		return startApi(this.settings, sample, name, properties);
	}

	/** A token of the tenant's dev M2M client, which is granted the scopes it asks for. */
	@Override
	public String accessToken(String scope) {
		return ClientCredentialsGrant.accessToken(this.tenantUrl, M2M_CLIENT_ID, M2M_CLIENT_SECRET, scope);
	}

	@Override
	public SampleApp startWebapp(WebappSample sample, String name, LoginClient client) {
		List<String> properties = new ArrayList<>(this.tenantProperties);
		properties.addAll(client.properties());
		properties.add("--sample.api-base-url=" + api(sample.api()).baseUrl());
		return SampleApp.start(this.settings, sample.jar(this.settings), sample.module() + "-" + name, "localhost",
				properties, "/");
	}

	@Override
	public ProviderPages pages() {
		return new LocalTenantPages();
	}

	/** The tenant's owner last: the other samples would lose their tenant. */
	@Override
	public synchronized void close() {
		try {
			this.apis.values().stream().filter((api) -> api != this.tenantOwner).forEach(SampleApp::close);
		}
		finally {
			this.tenantOwner.close();
		}
	}

	private static SampleApp startApi(E2eSettings settings, ApiSample sample, String name, List<String> properties) {
		return SampleApp.start(settings, sample.jar(settings), name, "127.0.0.1", properties, "/public/ping");
	}

}
