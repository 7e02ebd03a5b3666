package com.userclouds.sample.gateway;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's zero-setup command: nothing set, no profile, and it runs on the local tenant, which its own
 * {@code application.yml} enables, with the tenant's login client and the M2M client's credentials filled in. (The
 * tenant takes a free port here, never one another build is using.)
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "userclouds.local-tenant.port=0",
		"userclouds.local-tenant.key-file=target/local-tenant/signing-key.json" })
class ZeroSetupTests {

	@Autowired
	private Environment environment;

	@Test
	void runsOnTheLocalTenantWithNothingSet() {
		assertThat(this.environment.getActiveProfiles()).isEmpty();
		assertThat(this.environment.getProperty("userclouds.tenant-url")).startsWith("http://localhost:");
		assertThat(this.environment.getProperty("userclouds.login.client-id")).isEqualTo("local-tenant-login");
		assertThat(this.environment.getProperty("userclouds.m2m.clients.orders.client-id")).isNotBlank();
	}

	/**
	 * Spring Cloud's listeners shut logging down whenever an application's environment is ready, counting on Spring
	 * Boot's to set it up again; the local tenant, started inside this application, must not let them silence the
	 * gateway's log (and with it the dev users' passwords).
	 */
	@Test
	void logsTheDevUsersAndKeepsLogging(CapturedOutput output) {
		assertThat(output).contains("Local UserClouds tenant started at", "alice / alice-password")
			.containsPattern("Started ZeroSetupTests in");
	}

}
