package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An application that starts while its tenant is down answers 401 (never 5xx, never a hang) and recovers without a
 * restart.
 */
@TestPropertySource(properties = "userclouds.discovery.retry-interval=0s")
abstract class TenantOutageTests extends FullStackTests {

	@BeforeAll
	static void tenantDown() {
		tenant.down(true);
	}

	@Test
	void startsWhileTheTenantIsDownThenRecovers() {
		assertThat(tenant.allRequests()).as("requests to the tenant at startup").isZero();
		String token = tenant.userAccessToken().scope("orders:read").sign();
		for (int attempt = 0; attempt < 2; attempt++) {
			get("/api/orders", token).expectStatus()
				.isUnauthorized()
				.expectHeader()
				.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge)
					.contains("error=\"invalid_token\"", BearerTokenAnswers.UNVERIFIABLE));
		}
		assertThat(tenant.allRequests()).as("requests to the tenant while down").isPositive();
		tenant.down(false);
		get("/api/orders", token).expectStatus().isOk();
		assertThat(tenant.discoveryRequests()).isEqualTo(1);
	}

}
