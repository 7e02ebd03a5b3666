package com.userclouds.spring.localtenant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;

/**
 * An application that depends on the local tenant and has nothing else: starting it runs the launcher exactly as in a
 * real application.
 */
@Configuration(proxyBeanMethods = false)
class TestApplication {

	/**
	 * Runs it with the local tenant enabled ({@code userclouds.local-tenant.enabled=true}) on a random port.
	 */
	static ConfigurableApplicationContext run(Path keyFile, String... properties) {
		List<String> all = new ArrayList<>();
		all.add("userclouds.local-tenant.enabled=true");
		all.addAll(List.of(properties));
		return runAsIs(null, keyFile, all.toArray(String[]::new));
	}

	/**
	 * Runs it on a random port without enabling the local tenant, on the given class loader (or the default).
	 */
	static ConfigurableApplicationContext runAsIs(ClassLoader classLoader, Path keyFile, String... properties) {
		List<String> all = new ArrayList<>();
		all.add("userclouds.local-tenant.key-file=" + keyFile);
		all.add("userclouds.local-tenant.port=0");
		all.addAll(List.of(properties));
		SpringApplicationBuilder application = new SpringApplicationBuilder(TestApplication.class)
			.web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new));
		if (classLoader != null) {
			application.resourceLoader(new DefaultResourceLoader(classLoader));
		}
		return application.run();
	}

	static String tenantUrl(ConfigurableApplicationContext application) {
		return application.getEnvironment().getProperty("userclouds.tenant-url");
	}

}
