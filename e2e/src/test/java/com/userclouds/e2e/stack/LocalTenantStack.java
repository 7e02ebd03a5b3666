package com.userclouds.e2e.stack;

import java.util.ArrayList;
import java.util.List;

import com.userclouds.e2e.journey.LocalTenantPages;
import com.userclouds.e2e.journey.ProviderPages;
import com.userclouds.e2e.process.FreePorts;

/**
 * The local tenant: the samples are started without {@code userclouds.tenant-url}, all with the same free
 * {@code userclouds.local-tenant.port}, so sample-m2m starts the local tenant and every sample-webapp (and a second
 * sample-m2m) reuses it. The browser opens the web app at {@code localhost}, the tenant's host, so that a
 * {@code form_post} back to the app is same-site and carries the app's session cookie.
 */
public final class LocalTenantStack implements LoginStack, AutoCloseable {

	/** The local tenant's dev login client (its defaults, which it also gives the web app). */
	private static final String LOGIN_CLIENT_ID = "local-tenant-login";

	private static final String LOGIN_CLIENT_SECRET = "local-tenant-login-secret";

	private final E2eSettings settings;

	private final List<String> tenantProperties;

	private final SampleApp api;

	private LocalTenantStack(E2eSettings settings, List<String> tenantProperties, SampleApp api) {
		this.settings = settings;
		this.tenantProperties = tenantProperties;
		this.api = api;
	}

	static LocalTenantStack start(E2eSettings settings) {
		List<String> tenantProperties = List.of("--userclouds.local-tenant.port=" + FreePorts.pick(),
				"--userclouds.local-tenant.key-file="
						+ settings.workDirectory().resolve("e2e-local-tenant/signing-key.json"));
		SampleApp api = SampleApp.start(settings, settings.sampleM2mJar(), "sample-m2m-local-tenant", "127.0.0.1",
				tenantProperties, "/public/ping");
		return new LocalTenantStack(settings, tenantProperties, api);
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
		return this.api;
	}

	/**
	 * Another sample-m2m on the same local tenant whose {@code /demo/orders} asks for the given scopes only; the
	 * caller closes it.
	 */
	public SampleApp startSampleM2m(String name, String scopes) {
		List<String> properties = new ArrayList<>(this.tenantProperties);
		properties.add("--userclouds.m2m.clients.orders.scopes=" + scopes);
		return SampleApp.start(this.settings, this.settings.sampleM2mJar(), name, "127.0.0.1", properties,
				"/public/ping");
	}

	@Override
	public SampleApp startWebapp(String name, LoginClient client) {
		List<String> properties = new ArrayList<>(this.tenantProperties);
		properties.addAll(client.properties());
		properties.add("--sample.api-base-url=" + this.api.baseUrl());
		return SampleApp.start(this.settings, this.settings.sampleWebappJar(), "sample-webapp-" + name, "localhost",
				properties, "/");
	}

	@Override
	public ProviderPages pages() {
		return new LocalTenantPages();
	}

	@Override
	public void close() {
		this.api.close();
	}

}
