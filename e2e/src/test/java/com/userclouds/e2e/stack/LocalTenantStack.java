package com.userclouds.e2e.stack;

import java.util.ArrayList;
import java.util.List;

import com.userclouds.e2e.journey.LocalTenantPages;
import com.userclouds.e2e.journey.ProviderPages;
import com.userclouds.e2e.process.FreePorts;

/**
 * The local tenant: sample-m2m is started without {@code userclouds.tenant-url}, so it starts the local tenant on a
 * free port (another sample-m2m started later reuses it), and every sample-webapp is pointed at it. The browser
 * opens the web app at {@code localhost}, the tenant's host, so that a {@code form_post} back to the app is
 * same-site and carries the app's session cookie.
 */
public final class LocalTenantStack implements LoginStack, AutoCloseable {

	/** The local tenant's dev login client (its defaults). */
	private static final String LOGIN_CLIENT_ID = "local-tenant-login";

	private static final String LOGIN_CLIENT_SECRET = "local-tenant-login-secret";

	/** The local tenant's dev M2M client (its defaults). */
	private static final String M2M_CLIENT_ID = "local-tenant-m2m";

	private static final String M2M_CLIENT_SECRET = "local-tenant-m2m-secret";

	private final E2eSettings settings;

	private final List<String> sampleM2mProperties;

	private final String tenantUrl;

	private final SampleApp api;

	private LocalTenantStack(E2eSettings settings, List<String> sampleM2mProperties, String tenantUrl, SampleApp api) {
		this.settings = settings;
		this.sampleM2mProperties = sampleM2mProperties;
		this.tenantUrl = tenantUrl;
		this.api = api;
	}

	static LocalTenantStack start(E2eSettings settings) {
		int tenantPort = FreePorts.pick();
		List<String> sampleM2mProperties = List.of("--userclouds.local-tenant.port=" + tenantPort,
				"--userclouds.local-tenant.key-file="
						+ settings.workDirectory().resolve("e2e-local-tenant/signing-key.json"),
				// the local tenant gives every application its dev login client, which switches login on in
				// sample-m2m too; /demo/orders is meant to be open
				"--userclouds.login.public-paths=/,/error,/public/**,/demo/**",
				// sample-m2m's application.yml sets them blank, which hides the dev client's credentials that the local
				// tenant adds at the lowest precedence
				"--userclouds.m2m.clients.orders.client-id=" + M2M_CLIENT_ID,
				"--userclouds.m2m.clients.orders.client-secret=" + M2M_CLIENT_SECRET);
		SampleApp api = SampleApp.start(settings, settings.sampleM2mJar(), "sample-m2m-local-tenant", "127.0.0.1",
				sampleM2mProperties, "/public/ping");
		return new LocalTenantStack(settings, sampleM2mProperties, "http://localhost:" + tenantPort, api);
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
		List<String> properties = new ArrayList<>(this.sampleM2mProperties);
		properties.add("--userclouds.m2m.clients.orders.scopes=" + scopes);
		return SampleApp.start(this.settings, this.settings.sampleM2mJar(), name, "127.0.0.1", properties,
				"/public/ping");
	}

	@Override
	public SampleApp startWebapp(String name, LoginClient client) {
		// sample-webapp's application.yml defaults userclouds.tenant-url to a hosted tenant, so it would never start or
		// reuse the local tenant itself: it is pointed at the one sample-m2m started
		List<String> properties = new ArrayList<>();
		properties.add("--userclouds.tenant-url=" + this.tenantUrl);
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
