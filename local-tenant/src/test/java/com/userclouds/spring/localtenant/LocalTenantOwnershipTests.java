package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import com.userclouds.spring.localtenant.server.LocalTenantServer;
import com.userclouds.spring.localtenant.server.OwnershipProof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A tenant already on the port is reused only when it proves, with the secret in this user's owner-only file, that
 * this user started it; anything that merely serves the discovery marker is refused.
 */
class LocalTenantOwnershipTests {

	@TempDir
	Path keys;

	private HttpServer impostor;

	@AfterEach
	void stopImpostor() {
		if (this.impostor != null) {
			this.impostor.stop(0);
		}
	}

	@Test
	void anImpostorServingTheMarkerButNotTheProofIsRefused() throws IOException {
		int port = startImpostor();
		// a secret left by an earlier tenant on the port: the impostor still cannot answer for it
		OwnershipFile.write(secretFile(port), OwnershipProof.random());

		assertThat(LocalTenantProbe.ask(InetAddress.getLoopbackAddress(), port, secretFile(port)))
			.isEqualTo(LocalTenantProbe.Answer.UNPROVEN);
		assertThatExceptionOfType(LocalTenantException.class)
			.isThrownBy(() -> TestApplication.run(key(), "userclouds.local-tenant.port=" + port))
			.withMessageContaining("cannot prove this user started it")
			.satisfies((ex) -> assertThat(ex.getProperty()).isEqualTo("userclouds.local-tenant.port"));
	}

	@Test
	void anImpostorIsRefusedWhenNoSecretWasEverWritten() throws IOException {
		int port = startImpostor();

		assertThatExceptionOfType(LocalTenantException.class)
			.isThrownBy(() -> TestApplication.run(key(), "userclouds.local-tenant.port=" + port))
			.withMessageContaining("cannot prove this user started it");
	}

	@Test
	void aSecretFileOthersMayReadIsNotTrusted() throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext first = TestApplication.run(key(), "userclouds.local-tenant.port=" + port)) {
			Files.setPosixFilePermissions(secretFile(port), PosixFilePermissions.fromString("rw-r--r--"));

			assertThatExceptionOfType(LocalTenantException.class)
				.isThrownBy(() -> TestApplication.run(key(), "userclouds.local-tenant.port=" + port))
				.withMessageContaining("cannot prove this user started it");
		}
	}

	@Test
	void theTenantAnswersTheProofOnlyForAWellFormedNonce() throws IOException {
		int port = freePort();
		try (ConfigurableApplicationContext application = TestApplication.run(key(),
				"userclouds.local-tenant.port=" + port)) {
			OwnershipProof secret = OwnershipFile.read(secretFile(port)).orElseThrow();
			String nonce = OwnershipProof.nonce();
			String endpoint = TestApplication.tenantUrl(application) + OwnershipProof.PATH;
			Browser browser = new Browser(TestApplication.tenantUrl(application));

			assertThat(secret.verifies("http://localhost:" + port, nonce, browser.get(endpoint + "?nonce=" + nonce).body()))
				.isTrue();
			assertThat(secret.verifies("http://localhost:" + (port + 1), nonce,
					browser.get(endpoint + "?nonce=" + nonce).body()))
				.as("bound to the issuer")
				.isFalse();
			assertThat(browser.get(endpoint + "?nonce=short").statusCode()).isEqualTo(400);
		}
	}

	/**
	 * Serves the local tenant's discovery document, marker and issuer included, and answers the proof endpoint with
	 * something that is not the proof.
	 */
	private int startImpostor() throws IOException {
		this.impostor = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		int port = this.impostor.getAddress().getPort();
		this.impostor.createContext("/.well-known/openid-configuration", (exchange) -> answer(exchange,
				"{\"issuer\":\"http://localhost:" + port + "\",\"" + LocalTenantServer.DISCOVERY_MARKER + "\":true}"));
		this.impostor.createContext(OwnershipProof.PATH,
				(exchange) -> answer(exchange, OwnershipProof.nonce()));
		this.impostor.start();
		return port;
	}

	private static void answer(HttpExchange exchange, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.sendResponseHeaders(200, bytes.length);
		exchange.getResponseBody().write(bytes);
		exchange.close();
	}

	private Path key() {
		return this.keys.resolve("key.json");
	}

	private Path secretFile(int port) {
		return this.keys.resolve("local-tenant-" + port + ".secret");
	}

	private static int freePort() throws IOException {
		try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
