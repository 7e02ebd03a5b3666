package com.userclouds.sample.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's zero-setup command: nothing set, no profile, and it runs on the local tenant, which its own
 * {@code application.yml} enables, with the tenant's login client and the M2M client's credentials filled in. (The
 * tenant takes a free port here, never one another build is using.)
 */
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

}
