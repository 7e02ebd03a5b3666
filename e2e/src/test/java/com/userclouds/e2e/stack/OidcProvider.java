package com.userclouds.e2e.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.userclouds.e2e.process.FreePorts;
import com.userclouds.e2e.process.ManagedProcess;

/**
 * oidc-provider (the OpenID Certified Node.js provider) on a free loopback port, configured by
 * {@code e2e/oidc-provider/configuration.js}. Its packages come from the module's lock file ({@code npm ci}), installed
 * here when {@code node_modules} is missing so the suite also runs outside {@code .ci/run}.
 */
public final class OidcProvider implements AutoCloseable {

	/** The audience (resource indicator) of the orders API's JWT access tokens, as in configuration.js. */
	public static final String API_AUDIENCE = "https://orders-api.e2e.test";

	private final ManagedProcess process;

	private final String issuer;

	private OidcProvider(ManagedProcess process, String issuer) {
		this.process = process;
		this.issuer = issuer;
	}

	public static OidcProvider start(E2eSettings settings) {
		installPackages(settings);
		int port = FreePorts.pick();
		String issuer = "http://127.0.0.1:" + port;
		ManagedProcess process = ManagedProcess.start("oidc-provider",
				List.of(settings.node(), "provider.js", Integer.toString(port)), settings.oidcProviderDirectory(),
				settings.logDirectory(), Map.of());
		process.awaitHttp(issuer + "/.well-known/openid-configuration", Duration.ofSeconds(60));
		return new OidcProvider(process, issuer);
	}

	public String issuer() {
		return this.issuer;
	}

	@Override
	public void close() {
		this.process.close();
	}

	private static void installPackages(E2eSettings settings) {
		Path directory = settings.oidcProviderDirectory();
		if (Files.isDirectory(directory.resolve("node_modules/oidc-provider"))) {
			return;
		}
		Path log = settings.logDirectory().resolve("npm-ci.log");
		try {
			Files.createDirectories(log.getParent());
			Process npm = new ProcessBuilder(settings.npm(), "ci", "--no-audit", "--no-fund").directory(directory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(log.toFile())
				.start();
			if (!npm.waitFor(5, TimeUnit.MINUTES)) {
				npm.destroyForcibly();
				throw new IllegalStateException("npm ci in " + directory + " did not finish in 5 minutes; see " + log);
			}
			if (npm.exitValue() != 0) {
				throw new IllegalStateException("npm ci in " + directory + " failed; see " + log);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not run npm ci (is Node.js installed?)", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted during npm ci", ex);
		}
	}

}
