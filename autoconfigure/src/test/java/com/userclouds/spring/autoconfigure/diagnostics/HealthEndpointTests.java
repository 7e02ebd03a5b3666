package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.context.TestPropertySource;


import static org.assertj.core.api.Assertions.assertThat;

/**
 * The actuator's health endpoint of an application with the resource server, on both stacks: reachable without a
 * token, status only for anonymous callers, and the tenant in the readiness group only, so a tenant outage makes the
 * instance unready but never fails liveness. Every health request here asks the tenant afresh
 * ({@code probe-interval=0s}): on WebFlux that blocking I/O must run off the event loops, where Spring Boot's adapter
 * of a blocking indicator puts it, and BlockHound checks that it does. The readiness group shows details, so both
 * stacks can show what the indicator says; the main endpoint keeps {@code when-authorized}. {@link TenantUp} and
 * {@link TenantDown} each have a subclass per stack.
 */
@TestPropertySource(properties = { "management.endpoint.health.show-details=when-authorized",
		"management.endpoint.health.group.readiness.show-details=always",
		"userclouds.diagnostics.health.probe-interval=0s" })
abstract class HealthEndpointTests extends DiagnosticsStackTests {

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

	/** The tenant answers. */
	abstract static class TenantUp extends HealthEndpointTests {

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

	}

	/** The tenant is down from before the application starts. */
	abstract static class TenantDown extends HealthEndpointTests {

		@BeforeAll
		static void stopTheTenantBeforeTheApplicationStarts() {
			tenant.close();
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

	}

}
