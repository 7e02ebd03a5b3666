package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/**
 * A diagnostics suite on both stacks ({@link WebStackTests}): the {@link DiagnosticsTestApplication} against a
 * UserClouds-shaped {@link FakeTenant} of its own. The context is closed with the suite: it was started against the
 * suite's tenant, and another suite with the same configuration must not be handed it from Spring's context cache.
 */
@DirtiesContext
abstract class DiagnosticsStackTests extends WebStackTests {

	static FakeTenant tenant;

	@BeforeAll
	static void startTenant() {
		tenant = new FakeTenant(FakeTenant.Shape.USERCLOUDS).start();
	}

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", () -> tenant.issuer());
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

}
