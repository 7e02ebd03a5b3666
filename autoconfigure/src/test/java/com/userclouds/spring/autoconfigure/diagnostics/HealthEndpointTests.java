package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The actuator's health endpoint of an application with the resource server, on both stacks: reachable without a
 * token, status only for anonymous callers, and the tenant in the readiness group only, so a tenant outage makes the
 * instance unready but never fails liveness. Every health request here asks the tenant afresh
 * ({@code probe-interval=0s}): on WebFlux that blocking I/O must run off the event loops, where Spring Boot's adapter
 * of a blocking indicator puts it, and BlockHound checks that it does. The readiness group shows details, so both
 * stacks can show what the indicator says; the main endpoint keeps {@code when-authorized}.
 */
@TestPropertySource(properties = { "management.endpoint.health.show-details=when-authorized",
		"management.endpoint.health.group.readiness.show-details=always",
		"userclouds.diagnostics.health.probe-interval=0s" })
abstract class HealthEndpointTests extends WebStackTests {

	@Test
	void theTenantIsInTheReadinessGroupOnly(@Autowired HealthEndpointGroups groups) {
		assertThat(groups.get("readiness").isMember(TenantHealthConfiguration.CONTRIBUTOR_NAME)).isTrue();
		assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
		assertThat(groups.get("liveness").isMember(TenantHealthConfiguration.CONTRIBUTOR_NAME)).isFalse();
	}

	@Test
	void theApiStillNeedsAToken() {
		client().get().uri("/api/ping").exchange().expectStatus().isUnauthorized();
	}

	abstract static class TenantUp extends HealthEndpointTests {

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

		@Test
		void healthAnswersAnonymousCallersWithTheStatusOnly() {
			client().get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components").doesNotExist()
				.jsonPath("$.details").doesNotExist();
		}

		@Test
		void readinessIsUpAndSaysWhatWasCheckedWithoutKeys() {
			int requestsBefore = tenant.requestCount();
			client().get()
				.uri("/actuator/health/readiness")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("UP")
				.jsonPath("$.components.userCloudsTenant.status").isEqualTo("UP")
				.jsonPath("$.components.userCloudsTenant.details.tenant").isEqualTo(tenant.issuer())
				.jsonPath("$.components.userCloudsTenant.details.discovery").isEqualTo("reachable")
				.jsonPath("$.components.userCloudsTenant.details.jwks").isEqualTo("reachable")
				.jsonPath("$.components.userCloudsTenant.details.keys").isEqualTo(1)
				.jsonPath("$.components.userCloudsTenant.details.error").doesNotExist()
				.jsonPath("$..n").doesNotExist();
			assertThat(tenant.requestCount()).as("discovery and JWKS asked during the request")
				.isEqualTo(requestsBefore + 2);
		}

		@ServletStack
		@TestPropertySource(properties = "userclouds.login.client-id=webapp-client")
		static class Servlet extends TenantUp {

			@Autowired
			private MockMvc mvc;

			@Test
			void otherPagesStillNeedALogin() throws Exception {
				this.mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
			}

			@Test
			void loggedInCallersSeeTheTenantDetailsWithoutSecrets() throws Exception {
				this.mvc.perform(get("/actuator/health").with(user("operator")))
					.andExpect(status().isOk())
					.andExpect(jsonPath("$.components.userCloudsTenant.status").value("UP"))
					.andExpect(jsonPath("$.components.userCloudsTenant.details.tenant").value(tenant.issuer()))
					.andExpect(jsonPath("$.components.userCloudsTenant.details.keys").value(1))
					.andExpect(content().string(not(containsString("\"n\":"))));
			}

		}

		@ReactiveStack
		static class Reactive extends TenantUp {

			/** What makes the BlockHound check after each test mean something: the probe's I/O is caught where it blocks. */
			@Test
			void theTenantProbeWouldBeCaughtBlockingAnEventLoop(@Autowired HealthIndicator userCloudsTenantHealthIndicator) {
				EventLoopBlockingCalls.watch();
				assertThatExceptionOfType(RuntimeException.class)
					.isThrownBy(() -> Mono.fromCallable(userCloudsTenantHealthIndicator::health)
						.subscribeOn(Schedulers.parallel())
						.block())
					.withRootCauseInstanceOf(BlockingOperationError.class);
				assertThat(EventLoopBlockingCalls.takeSeen()).isNotEmpty();
			}

		}

	}

	abstract static class TenantDown extends HealthEndpointTests {

		static FakeTenant stoppedTenant;

		@BeforeAll
		static void stopTheTenantBeforeTheApplicationStarts() {
			stoppedTenant = new FakeTenant(FakeTenant.Shape.USERCLOUDS).start();
			stoppedTenant.close();
		}

		@DynamicPropertySource
		static void tenantUrl(DynamicPropertyRegistry registry) {
			registry.add("userclouds.tenant-url", () -> stoppedTenant.issuer());
		}

		@Test
		void readinessFailsButLivenessHolds() {
			client().get()
				.uri("/actuator/health/readiness")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.status").isEqualTo("DOWN")
				.jsonPath("$.components.userCloudsTenant.details.discovery").isEqualTo("unreachable")
				.jsonPath("$.components.userCloudsTenant.details.error").isNotEmpty();
			client().get()
				.uri("/actuator/health/liveness")
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.jsonPath("$.status").isEqualTo("UP");
		}

		@Test
		void anonymousCallersSeeNoDetailsOfTheOutage() {
			client().get()
				.uri("/actuator/health")
				.exchange()
				.expectStatus()
				.isEqualTo(503)
				.expectBody()
				.jsonPath("$.components").doesNotExist()
				.jsonPath("$.details").doesNotExist();
		}

		@ServletStack
		@TestPropertySource(properties = "userclouds.login.client-id=webapp-client")
		static class Servlet extends TenantDown {

		}

		@ReactiveStack
		static class Reactive extends TenantDown {

		}

	}

}
