package com.userclouds.spring.autoconfigure.resource;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant's keys over time: rotation and an unreachable JWKS endpoint. Each test gets its own application and its
 * own tenant, so the key cache starts empty.
 */
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class TenantKeysResilienceTests extends FullStackTests {

	private ResponseSpec whoami(String token) {
		return get("/api/whoami", token);
	}

	private void assertAccepted(String token) {
		whoami(token).expectStatus().isOk().expectHeader().doesNotExist(HttpHeaders.WWW_AUTHENTICATE);
	}

	@Test
	void unknownKidAfterRotationCausesOneRefetchThenSucceeds() {
		assertAccepted(tenant.userAccessToken().sign());
		int fetchesBeforeRotation = tenant.jwksRequests();
		tenant.rotate();
		assertAccepted(tenant.userAccessToken().sign());
		assertThat(tenant.jwksRequests()).isEqualTo(fetchesBeforeRotation + 1);
		assertAccepted(tenant.userAccessToken().sign());
		assertThat(tenant.jwksRequests()).isEqualTo(fetchesBeforeRotation + 1);
	}

	@Test
	void aMalformedKeyInTheSetLeavesTheTenantsOtherKeysUsable() {
		// an RSA key without its modulus: Nimbus refuses a whole set that holds one
		tenant.publishRawKey(Map.of("kty", "RSA", "kid", "broken-key", "e", "AQAB", "use", "sig"));
		try {
			assertAccepted(tenant.userAccessToken().sign());
			whoami(tenant.userAccessToken().claim("iss", "https://evil.example.com").sign()).expectStatus()
				.isUnauthorized();
		}
		finally {
			tenant.withdrawRawKeys();
		}
	}

	@Test
	void knownKeysKeepWorkingWhileTheJwksEndpointIsDown() {
		String token = tenant.userAccessToken().sign();
		assertAccepted(token);
		tenant.jwksDown(true);
		try {
			int fetchesBeforeOutage = tenant.jwksRequests();
			// a key the application has not seen forces a fetch, which fails
			whoami(tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign()).expectStatus()
				.isUnauthorized()
				.expectHeader()
				.value(HttpHeaders.WWW_AUTHENTICATE,
						(challenge) -> assertThat(challenge).contains("error=\"invalid_token\""));
			assertThat(tenant.jwksRequests()).isGreaterThan(fetchesBeforeOutage);
			assertAccepted(token);
			assertAccepted(tenant.userAccessToken().sign());
		}
		finally {
			tenant.jwksDown(false);
		}
	}

}
