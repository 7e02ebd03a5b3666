package com.userclouds.e2e.stack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the suite finds what it runs, from the system properties the failsafe plugin sets (see {@code e2e/pom.xml}).
 * A missing tool fails with what to install, not with a stack trace from deep inside Selenium or a process start.
 */
public record E2eSettings(Path sampleWebappJar, Path sampleM2mJar, Path sampleWebfluxJar, Path sampleGatewayJar,
		Path oidcProviderDirectory,
		Path workDirectory, Path chromium, Path chromedriver, String node, String npm) {

	private static final String INSTALL_HINT = "./run-tests.sh installs them, or apt-get install chromium chromium-driver";

	private static E2eSettings current;

	/** The settings of this run, read once. */
	public static synchronized E2eSettings current() {
		if (current == null) {
			current = fromSystemProperties();
		}
		return current;
	}

	private static E2eSettings fromSystemProperties() {
		return new E2eSettings(existing("e2e.sample-webapp.jar", "build it: ./mvnw -pl e2e -am verify"),
				existing("e2e.sample-m2m.jar", "build it: ./mvnw -pl e2e -am verify"),
				existing("e2e.sample-webflux.jar", "build it: ./mvnw -pl e2e -am verify"),
				existing("e2e.sample-gateway.jar", "build it: ./mvnw -pl e2e -am verify"),
				existing("e2e.oidc-provider.dir", "it is part of the e2e module"),
				Path.of(required("e2e.work-dir")), existing("e2e.chromium", INSTALL_HINT),
				existing("e2e.chromedriver", INSTALL_HINT), required("e2e.node"), required("e2e.npm"));
	}

	public Path logDirectory() {
		return this.workDirectory.resolve("e2e-logs");
	}

	public Path failureDirectory() {
		return this.workDirectory.resolve("e2e-failures");
	}

	private static Path existing(String property, String hint) {
		Path path = Path.of(required(property));
		if (!Files.exists(path)) {
			throw new IllegalStateException(property + " = " + path + " does not exist: " + hint);
		}
		return path.toAbsolutePath().normalize();
	}

	private static String required(String property) {
		String value = System.getProperty(property);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("System property " + property
					+ " is not set: run the suite through Maven (./mvnw -pl e2e -am verify)");
		}
		return value;
	}

}
