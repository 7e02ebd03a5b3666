package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The tenant's keys over time: rotation and an unreachable JWKS endpoint. Each test gets its own application and its
 * own tenant, so the key cache starts empty.
 */
@SpringBootTest(classes = ResourceServerTestApplication.class)
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class TenantKeysResilienceTests {

	private static final FakeTenant tenant = FakeTenant.start();

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", tenant::issuer);
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	private ResultActions whoami(String token) throws Exception {
		return this.mvc.perform(get("/api/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private void assertAccepted(String token) throws Exception {
		whoami(token).andExpect(status().isOk()).andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
	}

	@Test
	void unknownKidAfterRotationCausesOneRefetchThenSucceeds() throws Exception {
		assertAccepted(tenant.userAccessToken().sign());
		int fetchesBeforeRotation = tenant.jwksRequests();
		tenant.rotate();
		assertAccepted(tenant.userAccessToken().sign());
		assertThat(tenant.jwksRequests()).isEqualTo(fetchesBeforeRotation + 1);
		assertAccepted(tenant.userAccessToken().sign());
		assertThat(tenant.jwksRequests()).isEqualTo(fetchesBeforeRotation + 1);
	}

	@Test
	void knownKeysKeepWorkingWhileTheJwksEndpointIsDown() throws Exception {
		String token = tenant.userAccessToken().sign();
		assertAccepted(token);
		tenant.jwksDown(true);
		try {
			int fetchesBeforeOutage = tenant.jwksRequests();
			// a key the application has not seen forces a fetch, which fails
			whoami(tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign()).andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_token\"")));
			assertThat(tenant.jwksRequests()).isGreaterThan(fetchesBeforeOutage);
			assertAccepted(token);
			assertAccepted(tenant.userAccessToken().sign());
		}
		finally {
			tenant.jwksDown(false);
		}
	}

}
