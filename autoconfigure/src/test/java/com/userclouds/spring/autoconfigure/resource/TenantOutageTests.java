package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The application starts while its tenant is down, answers 401 (never 500) meanwhile, and serves requests once the
 * tenant answers, without a restart.
 */
@SpringBootTest(classes = ResourceServerTestApplication.class,
		properties = "userclouds.discovery.retry-interval=0s")
@AutoConfigureMockMvc
class TenantOutageTests {

	private static final FakeTenant tenant = startDown();

	@Autowired
	private MockMvc mvc;

	private static FakeTenant startDown() {
		FakeTenant fake = FakeTenant.start();
		fake.down(true);
		return fake;
	}

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", tenant::issuer);
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	@Test
	void startsWhileTheTenantIsDownThenRecovers() throws Exception {
		assertThat(tenant.allRequests()).as("requests to the tenant at startup").isZero();
		String token = tenant.userAccessToken().scope("orders:read").sign();
		for (int attempt = 0; attempt < 2; attempt++) {
			this.mvc.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, allOf(containsString("error=\"invalid_token\""),
						containsString(BearerTokenAnswers.UNVERIFIABLE))));
		}
		assertThat(tenant.allRequests()).as("requests to the tenant while down").isPositive();
		tenant.down(false);
		this.mvc.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isOk());
		assertThat(tenant.discoveryRequests()).isEqualTo(1);
	}

}
