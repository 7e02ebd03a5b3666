package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/**
 * A resource-server suite on both stacks ({@link WebStackTests}): the {@link ResourceServerTestApplication} against a
 * {@link FakeTenant} of its own.
 */
abstract class FullStackTests extends WebStackTests {

	static FakeTenant tenant;

	@BeforeAll
	static void startTenant() {
		tenant = FakeTenant.start();
	}

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", () -> tenant.issuer());
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	ResponseSpec get(String path, String token) {
		return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

}
