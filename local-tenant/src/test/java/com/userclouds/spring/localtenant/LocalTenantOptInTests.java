package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The local tenant starts without {@code userclouds.tenant-url} only when enabled or in development; anywhere else
 * startup stops, naming the property.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalTenantOptInTests {

	@TempDir
	Path directory;

	@Test
	void startsWhenEnabled(CapturedOutput output) {
		try (ConfigurableApplicationContext application = TestApplication.runAsIs(null, key(),
				"userclouds.local-tenant.enabled=true")) {
			assertThat(TestApplication.tenantUrl(application)).matches("http://localhost:\\d+");
			assertThat(output).contains("userclouds.local-tenant.enabled=true");
		}
	}

	@Test
	void startsWithADevProfile(CapturedOutput output) {
		try (ConfigurableApplicationContext application = TestApplication.runAsIs(null, key(),
				"spring.profiles.active=dev")) {
			assertThat(TestApplication.tenantUrl(application)).matches("http://localhost:\\d+");
			assertThat(output).contains("in development: the 'dev' profile");
		}
	}

	@Test
	void startsWithALocalProfile() {
		try (ConfigurableApplicationContext application = TestApplication.runAsIs(null, key(),
				"spring.profiles.active=cloud,local")) {
			assertThat(TestApplication.tenantUrl(application)).matches("http://localhost:\\d+");
		}
	}

	@Test
	void startsWithDevToolsOnTheClasspath(CapturedOutput output) throws IOException {
		try (URLClassLoader withDevTools = classLoaderWith(DevelopmentSignals.DEVTOOLS_CLASS);
				ConfigurableApplicationContext application = TestApplication.runAsIs(withDevTools, key())) {
			assertThat(TestApplication.tenantUrl(application)).matches("http://localhost:\\d+");
			assertThat(output).contains("in development: Spring Boot DevTools");
		}
	}

	@Test
	void neitherEnabledNorInDevelopmentStopsStartupNamingTheTenantUrl(CapturedOutput output) {
		assertThatExceptionOfType(TenantUrlRequiredException.class)
			.isThrownBy(() -> TestApplication.runAsIs(null, key(), "spring.profiles.active=prod"))
			.withMessageContaining("userclouds.tenant-url");
		assertThat(output).contains("APPLICATION FAILED TO START")
			.contains("No UserClouds tenant is configured: userclouds.tenant-url is not set")
			.contains("Set userclouds.tenant-url to your tenant")
			.contains("userclouds.local-tenant.enabled=true");
		assertThat(key()).as("no tenant was started").doesNotExist();
	}

	@Test
	void aBlankTenantUrlStopsStartupToo() {
		assertThatExceptionOfType(TenantUrlRequiredException.class)
			.isThrownBy(() -> TestApplication.runAsIs(null, key(), "userclouds.tenant-url= "));
	}

	@Test
	void disabledStartsNothingAndLeavesTheTenantUrlToTheApplication() {
		try (ConfigurableApplicationContext application = TestApplication.runAsIs(null, key(),
				"userclouds.local-tenant.enabled=false")) {
			assertThat(TestApplication.tenantUrl(application)).isNull();
		}
	}

	private Path key() {
		return this.directory.resolve("keys/key.json");
	}

	/**
	 * A class loader on which {@code className} exists, as it does when Spring Boot DevTools is a dependency.
	 */
	private URLClassLoader classLoaderWith(String className) throws IOException {
		int dot = className.lastIndexOf('.');
		Path sources = Files.createDirectories(this.directory.resolve("sources"));
		Path source = sources.resolve(className.substring(dot + 1) + ".java");
		Files.writeString(source, "package " + className.substring(0, dot) + "; public class "
				+ className.substring(dot + 1) + " { }");
		Path classes = Files.createDirectories(this.directory.resolve("classes"));
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		assertThat(compiler.run(null, null, null, "-d", classes.toString(), source.toString())).isZero();
		URI root = classes.toUri();
		return new URLClassLoader(new URL[] { root.toURL() }, getClass().getClassLoader());
	}

}
