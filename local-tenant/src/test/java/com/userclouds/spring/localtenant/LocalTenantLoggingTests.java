package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant is a second Spring application in the application's JVM; listeners other libraries register for every
 * application must not act on it. Spring Cloud's, for one, shuts logging down for Spring Boot's listener to set it up
 * again, which the tenant leaves to the application: run in the tenant, it silenced the application's log.
 */
@ExtendWith(OutputCaptureExtension.class)
class LocalTenantLoggingTests {

	@TempDir
	Path directory;

	@Test
	void anotherLibrarysListenerCannotSilenceTheApplicationsLog(CapturedOutput output) throws IOException {
		Path factories = this.directory.resolve("resources/META-INF/spring.factories");
		Files.createDirectories(factories.getParent());
		Files.writeString(factories,
				"org.springframework.context.ApplicationListener=" + ShutsLoggingDown.class.getName() + "\n");
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try (URLClassLoader withListener = new URLClassLoader(
				new URL[] { this.directory.resolve("resources").toUri().toURL() }, getClass().getClassLoader())) {
			// the tenant's SpringApplication finds its listeners through the thread's class loader
			thread.setContextClassLoader(withListener);
			try (ConfigurableApplicationContext application = TestApplication.runAsIs(withListener,
					this.directory.resolve("key.json"), "userclouds.local-tenant.enabled=true")) {
				LogFactory.getLog(LocalTenantLoggingTests.class).info("The application still logs");
				assertThat(output).contains("Local UserClouds tenant started", "The application still logs");
			}
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	/**
	 * What Spring Cloud's {@code LoggingSystemShutdownListener} does, at its order.
	 */
	public static class ShutsLoggingDown implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

		@Override
		public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
			LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
			logging.cleanUp();
			logging.beforeInitialize();
		}

		@Override
		public int getOrder() {
			return Ordered.HIGHEST_PRECEDENCE + 6;
		}

	}

}
