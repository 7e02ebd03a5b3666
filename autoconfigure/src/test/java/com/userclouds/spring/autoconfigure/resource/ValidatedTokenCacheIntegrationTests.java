package com.userclouds.spring.autoconfigure.resource;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validated-token cache inside the whole starter, against a fake UserClouds tenant: what it keeps, what it never
 * keeps, and that a key rotation at the tenant empties it.
 */
// without the diagnostics, whose metrics wrap the decoder: this test looks at the cache inside it
@TestPropertySource(properties = "spring.autoconfigure.exclude="
		+ "com.userclouds.spring.autoconfigure.diagnostics.DiagnosticsAutoConfiguration")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
abstract class ValidatedTokenCacheIntegrationTests extends FullStackTests {

	@Autowired
	private JwtDecoder decoder;

	private ResponseSpec getOrders(String token) {
		return get("/api/orders", token);
	}

	private ValidatedTokenCache cache() {
		assertThat(this.decoder).isInstanceOf(UserCloudsJwtDecoder.class);
		return ((CachingJwtDecoder) ((UserCloudsJwtDecoder) this.decoder).cacheStatistics().orElseThrow()).cache();
	}

	@Test
	void validTokensAreKeptAndInvalidOnesNever() {
		String token = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(token).expectStatus().isOk();
		getOrders(token).expectStatus().isOk();
		assertThat(cache().size()).isOne();
		assertThat(cache().get(token)).isNotNull();

		List<String> invalid = List.of(tenant.userAccessToken().scope("orders:read").tamperedWith("sub", "someone"),
				tenant.userAccessToken().scope("orders:read").expiresAt(Instant.now().minusSeconds(3600)).sign(),
				tenant.userAccessToken().scope("orders:read").claim("aud", List.of("another-api")).sign(),
				tenant.idToken("client").scope("orders:read").sign(), "not-a-jwt");
		for (String refused : invalid) {
			getOrders(refused).expectStatus().isUnauthorized();
			getOrders(refused).expectStatus().isUnauthorized();
		}
		assertThat(cache().size()).isOne();
	}

	@Test
	void aKeyRotationAtTheTenantEmptiesTheCache() {
		String oldKeyToken = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(oldKeyToken).expectStatus().isOk();
		assertThat(cache().get(oldKeyToken)).isNotNull();

		tenant.rotate();
		String newKeyToken = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(newKeyToken).expectStatus().isOk();
		assertThat(cache().get(oldKeyToken)).isNull();
		// the token whose unknown kid made the starter fetch the new key set was verified across the clear: it is
		// kept from its next request on
		getOrders(newKeyToken).expectStatus().isOk();
		assertThat(cache().get(newKeyToken)).isNotNull();
		// the old key is still published, so its tokens pass full validation again
		getOrders(oldKeyToken).expectStatus().isOk();
		assertThat(cache().size()).isEqualTo(2);
	}

}
