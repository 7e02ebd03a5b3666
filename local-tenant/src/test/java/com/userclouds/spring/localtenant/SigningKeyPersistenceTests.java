package com.userclouds.spring.localtenant;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The signing key lives in a file, so tokens issued before a restart verify after it.
 */
class SigningKeyPersistenceTests {

	@TempDir
	Path directory;

	@Test
	void tokenFromBeforeARestartVerifiesAfterIt() {
		Path keyFile = this.directory.resolve("nested/key.json");
		int port;
		String token;
		try (ConfigurableApplicationContext before = TestApplication.run(keyFile)) {
			String tenantUrl = TestApplication.tenantUrl(before);
			port = java.net.URI.create(tenantUrl).getPort();
			token = m2mToken(tenantUrl);
		}
		assertThat(keyFile).exists();

		try (ConfigurableApplicationContext after = TestApplication.run(keyFile, "userclouds.local-tenant.port=" + port)) {
			JWTClaimsSet claims = new TokenChecks(TestApplication.tenantUrl(after), "local-tenant-login")
				.accessToken(token);
			assertThat(claims.getAudience()).containsExactly(TestApplication.tenantUrl(after));
		}
	}

	@Test
	void keyFileIsReadableByItsOwnerOnly() throws Exception {
		Path keyFile = this.directory.resolve("key.json");
		try (ConfigurableApplicationContext application = TestApplication.run(keyFile)) {
			assertThat(Files.getPosixFilePermissions(keyFile)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ,
					PosixFilePermission.OWNER_WRITE);
		}
	}

	@Test
	void corruptKeyFileStopsStartupNamingTheFileAndProperty() throws Exception {
		Path keyFile = this.directory.resolve("key.json");
		Files.writeString(keyFile, "not a key");

		Throwable failure = catchThrowable(() -> TestApplication.run(keyFile));

		LocalTenantException cause = findCause(failure, LocalTenantException.class);
		assertThat(cause.getMessage()).contains(keyFile.toString());
		assertThat(cause.getProperty()).isEqualTo("userclouds.local-tenant.key-file");
		assertThat(new LocalTenantFailureAnalyzer().analyze(failure).getAction())
			.contains("userclouds.local-tenant.key-file");
	}

	private static <T extends Throwable> T findCause(Throwable failure, Class<T> type) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (type.isInstance(cause)) {
				return type.cast(cause);
			}
		}
		throw new AssertionError("no " + type.getSimpleName() + " in " + failure, failure);
	}

	private static String m2mToken(String tenantUrl) {
		return new Browser(tenantUrl)
			.token("local-tenant-m2m", "local-tenant-m2m-secret", Map.of("grant_type", "client_credentials"))
			.get("access_token");
	}

}
