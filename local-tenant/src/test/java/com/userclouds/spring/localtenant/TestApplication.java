package com.userclouds.spring.localtenant;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * An application that depends on the local tenant and has nothing else: starting it runs the launcher exactly as in a
 * real application.
 */
@Configuration(proxyBeanMethods = false)
class TestApplication {

	static ConfigurableApplicationContext run(Path keyFile, String... properties) {
		List<String> all = new ArrayList<>();
		all.add("userclouds.local-tenant.key-file=" + keyFile);
		all.add("userclouds.local-tenant.port=0");
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(TestApplication.class).web(WebApplicationType.NONE)
			.properties(all.toArray(String[]::new))
			.run();
	}

	static String tenantUrl(ConfigurableApplicationContext application) {
		return application.getEnvironment().getProperty("userclouds.tenant-url");
	}

}
