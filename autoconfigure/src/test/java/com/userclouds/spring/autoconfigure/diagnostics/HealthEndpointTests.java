package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actuator's health endpoint of an application with login and resource server: reachable without a token or
 * login, status only for anonymous callers, and the tenant in the readiness group only, so a tenant outage makes the
 * instance unready but never fails liveness.
 */
class HealthEndpointTests {


	private static final FakeTenant tenant = new FakeTenant(FakeTenant.Shape.USERCLOUDS).start();

	private static final FakeTenant stoppedTenant = stopped();

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	private static FakeTenant stopped() {
		FakeTenant stopped = new FakeTenant(FakeTenant.Shape.USERCLOUDS).start();
		stopped.close();
		return stopped;
	}

	@Nested
	@SpringBootTest(classes = DiagnosticsTestApplication.class, properties = { "userclouds.login.client-id=webapp-client",
			"management.endpoint.health.show-details=when-authorized", "userclouds.diagnostics.health.probe-interval=0s" })
	@AutoConfigureMockMvc
	class TenantUp {

		@DynamicPropertySource
		static void tenantUrl(DynamicPropertyRegistry registry) {
			registry.add("userclouds.tenant-url", tenant::issuer);
		}

		@Autowired
		private MockMvc mvc;

		@Test
		void healthAnswersAnonymousCallersWithTheStatusOnly() throws Exception {
			this.mvc.perform(get("/actuator/health"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"))
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(content().string(not(containsString("keys"))));
		}

		@Test
		void otherPagesStillNeedALogin() throws Exception {
			this.mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
		}

		@Test
		void authorizedCallersSeeTheTenantDetailsWithoutSecrets() throws Exception {
			this.mvc.perform(get("/actuator/health").with(user("operator")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.components.userCloudsTenant.status").value("UP"))
				.andExpect(jsonPath("$.components.userCloudsTenant.details.tenant").value(tenant.issuer()))
				.andExpect(jsonPath("$.components.userCloudsTenant.details.discovery").value("reachable"))
				.andExpect(jsonPath("$.components.userCloudsTenant.details.jwks").value("reachable"))
				.andExpect(jsonPath("$.components.userCloudsTenant.details.keys").value(1))
				.andExpect(content().string(not(containsString("\"n\":"))));
		}

		@Test
		void readinessIsUp() throws Exception {
			this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
		}

		@Test
		void theTenantIsInTheReadinessGroupOnly(@Autowired HealthEndpointGroups groups) {
			assertThat(groups.get("readiness").isMember(TenantHealthConfiguration.CONTRIBUTOR_NAME)).isTrue();
			assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
			assertThat(groups.get("liveness").isMember(TenantHealthConfiguration.CONTRIBUTOR_NAME)).isFalse();
		}

	}

	@Nested
	@SpringBootTest(classes = DiagnosticsTestApplication.class, properties = { "userclouds.login.client-id=webapp-client",
			"management.endpoint.health.show-details=when-authorized", "userclouds.diagnostics.health.probe-interval=0s" })
	@AutoConfigureMockMvc
	class TenantDown {

		@DynamicPropertySource
		static void tenantUrl(DynamicPropertyRegistry registry) {
			registry.add("userclouds.tenant-url", stoppedTenant::issuer);
		}

		@Autowired
		private MockMvc mvc;

		@Test
		void readinessFailsButLivenessHolds() throws Exception {
			this.mvc.perform(get("/actuator/health/readiness"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.status").value("DOWN"));
			this.mvc.perform(get("/actuator/health/liveness"))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.status").value("UP"));
		}

		@Test
		void anonymousCallersSeeNoDetailsOfTheOutage() throws Exception {
			this.mvc.perform(get("/actuator/health"))
				.andExpect(status().isServiceUnavailable())
				.andExpect(jsonPath("$.components").doesNotExist())
				.andExpect(jsonPath("$.details").doesNotExist());
		}

	}

}
