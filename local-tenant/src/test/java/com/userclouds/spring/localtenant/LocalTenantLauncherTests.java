package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * When the launcher starts a local tenant, what it tells the application, and when it refuses.
 */
class LocalTenantLauncherTests {

	@TempDir
	Path keys;

	@Test
	void startsWhenTenantUrlIsUnsetAndFillsInTheTenantAndClients() {
		try (ConfigurableApplicationContext application = TestApplication.run(key(),
				"userclouds.m2m.clients.orders.audience=https://orders.example",
				"userclouds.m2m.clients.billing.client-id=my-own-billing-client",
				"userclouds.m2m.clients.reports.client-secret=kept-secret")) {
			ConfigurableEnvironment environment = application.getEnvironment();
			String tenantUrl = environment.getProperty("userclouds.tenant-url");

			assertThat(tenantUrl).matches("http://localhost:\\d+");
			assertThat(answer(port(tenantUrl))).as("a tenant on a random port writes no secret: it is never reused")
				.isEqualTo(LocalTenantProbe.Answer.UNPROVEN);
			assertThat(environment.getProperty("userclouds.login.client-id")).isEqualTo("local-tenant-login");
			assertThat(environment.getProperty("userclouds.login.client-secret")).isEqualTo("local-tenant-login-secret");
			assertThat(environment.getProperty("userclouds.m2m.clients.orders.client-id")).isEqualTo("local-tenant-m2m");
			assertThat(environment.getProperty("userclouds.m2m.clients.orders.client-secret"))
				.isEqualTo("local-tenant-m2m-secret");
			assertThat(environment.getProperty("userclouds.m2m.clients.billing.client-id"))
				.isEqualTo("my-own-billing-client");
			assertThat(environment.getProperty("userclouds.m2m.clients.billing.client-secret")).isNull();
			assertThat(environment.getProperty("userclouds.m2m.clients.reports.client-id")).isEqualTo("local-tenant-m2m");
			assertThat(environment.getProperty("userclouds.m2m.clients.reports.client-secret")).isEqualTo("kept-secret");
		}
	}

	@Test
	void fillsInWhatTheApplicationLeftBlank() {
		try (ConfigurableApplicationContext application = TestApplication.run(key(), "userclouds.tenant-url=",
				"userclouds.login.client-id=", "userclouds.m2m.clients.orders.client-id=",
				"userclouds.m2m.clients.orders.client-secret=")) {
			ConfigurableEnvironment environment = application.getEnvironment();
			assertThat(environment.getProperty("userclouds.tenant-url")).matches("http://localhost:\\d+");
			assertThat(environment.getProperty("userclouds.login.client-id")).isEqualTo("local-tenant-login");
			assertThat(environment.getProperty("userclouds.m2m.clients.orders.client-id")).isEqualTo("local-tenant-m2m");
			assertThat(environment.getProperty("userclouds.m2m.clients.orders.client-secret"))
				.isEqualTo("local-tenant-m2m-secret");
		}
	}

	@Test
	void keepsTheLoginClientTheApplicationSet() {
		try (ConfigurableApplicationContext application = TestApplication.run(key(),
				"userclouds.login.client-id=mine", "userclouds.local-tenant.login.client-id=mine",
				"userclouds.local-tenant.login.client-secret=my-secret")) {
			assertThat(application.getEnvironment().getProperty("userclouds.login.client-id")).isEqualTo("mine");
			assertThat(application.getEnvironment().getProperty("userclouds.login.client-secret")).isNull();
			Browser.TokenResponse unknownGrant = new Browser(TestApplication.tenantUrl(application)).token("mine",
					"my-secret", Map.of("grant_type", "client_credentials"));
			assertThat(unknownGrant.get("error")).isEqualTo("unauthorized_client");
		}
	}

	@Test
	void neverStartsWhenTenantUrlIsSet() throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext application = TestApplication.run(key(),
				"userclouds.tenant-url=https://acme-prod.tenant.userclouds.com",
				"userclouds.local-tenant.port=" + port)) {
			assertThat(application.getEnvironment().getProperty("userclouds.tenant-url"))
				.isEqualTo("https://acme-prod.tenant.userclouds.com");
			assertThat(application.getEnvironment().getPropertySources().contains(TenantConnectionProperties.SOURCE_NAME))
				.isFalse();
			assertThat(application.getEnvironment().getProperty("userclouds.login.client-id")).isNull();
			assertThat(answer(port))
				.isEqualTo(LocalTenantProbe.Answer.NOTHING);
			assertThat(Files.exists(key())).isFalse();
		}
	}

	@Test
	void neverStartsWhenDisabled() throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext application = TestApplication.run(key(),
				"userclouds.local-tenant.enabled=false", "userclouds.local-tenant.port=" + port)) {
			assertThat(application.getEnvironment().getProperty("userclouds.tenant-url")).isNull();
			assertThat(answer(port))
				.isEqualTo(LocalTenantProbe.Answer.NOTHING);
		}
	}

	@Test
	void neverStartsDuringAotProcessing() throws IOException {
		int port = freePort();
		System.setProperty("spring.aot.processing", "true");
		try (ConfigurableApplicationContext application = TestApplication.run(key(),
				"userclouds.local-tenant.port=" + port)) {
			assertThat(application.getEnvironment().getProperty("userclouds.tenant-url")).isNull();
			assertThat(answer(port))
				.isEqualTo(LocalTenantProbe.Answer.NOTHING);
		}
		finally {
			System.clearProperty("spring.aot.processing");
		}
	}

	@Test
	void refusesToBindANonLoopbackAddress() {
		assertThatExceptionOfType(LocalTenantException.class)
			.isThrownBy(() -> TestApplication.run(key(), "userclouds.local-tenant.address=0.0.0.0"))
			.withMessageContaining("loopback")
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("userclouds.local-tenant.address"));
		assertThat(Files.exists(key())).isFalse();
	}

	@Test
	void failureAnalysisNamesTheProperty() {
		LocalTenantException failure = new LocalTenantException("it binds to loopback only", "userclouds.local-tenant.address",
				"Use a loopback address such as 127.0.0.1", null);

		FailureAnalysis analysis = new LocalTenantFailureAnalyzer().analyze(new IllegalStateException(failure));

		assertThat(analysis.getDescription()).contains("it binds to loopback only");
		assertThat(analysis.getAction()).contains("userclouds.local-tenant.address").contains("userclouds.tenant-url");
	}

	@Test
	void secondApplicationReusesTheRunningTenantAndOnlyTheFirstStopsIt() throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext first = TestApplication.run(key(), "userclouds.local-tenant.port=" + port)) {
			try (ConfigurableApplicationContext second = TestApplication.run(keys.resolve("other-key.json"),
					"userclouds.local-tenant.port=" + port)) {
				assertThat(TestApplication.tenantUrl(second)).isEqualTo("http://localhost:" + port)
					.isEqualTo(TestApplication.tenantUrl(first));
				assertThat(Files.exists(keys.resolve("other-key.json"))).as("the second one started nothing").isFalse();
			}
			assertThat(answer(port)).isEqualTo(LocalTenantProbe.Answer.LOCAL_TENANT);
			assertThat(Files.getPosixFilePermissions(secretFile(port))).as("the secret is the owner's only")
				.isEqualTo(PosixFilePermissions.fromString("rw-------"));
		}
		assertThat(answer(port)).isEqualTo(LocalTenantProbe.Answer.NOTHING);
		assertThat(secretFile(port)).as("deleted with the tenant").doesNotExist();
	}

	@Test
	void portTakenBySomethingElseFailsWithTheProperty() throws IOException {
		HttpServer other = HttpServer.create(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		other.createContext("/", (exchange) -> {
			exchange.sendResponseHeaders(404, -1);
			exchange.close();
		});
		other.start();
		try {
			assertThatExceptionOfType(LocalTenantException.class)
				.isThrownBy(() -> TestApplication.run(key(),
						"userclouds.local-tenant.port=" + other.getAddress().getPort()))
				.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("userclouds.local-tenant.port"));
		}
		finally {
			other.stop(0);
		}
	}

	@Test
	void stopsTheTenantWhenTheApplicationCloses() {
		ConfigurableApplicationContext application = TestApplication.run(key());
		int port = port(TestApplication.tenantUrl(application));

		application.close();

		assertThat(answer(port))
			.isEqualTo(LocalTenantProbe.Answer.NOTHING);
	}

	private Path key() {
		return this.keys.resolve("key.json");
	}

	private LocalTenantProbe.Answer answer(int port) {
		return LocalTenantProbe.ask(InetAddress.getLoopbackAddress(), port, secretFile(port));
	}

	private Path secretFile(int port) {
		return this.keys.resolve("local-tenant-" + port + ".secret");
	}

	private static int port(String url) {
		return java.net.URI.create(url).getPort();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
