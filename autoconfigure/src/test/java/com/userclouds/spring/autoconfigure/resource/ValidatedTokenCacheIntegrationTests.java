package com.userclouds.spring.autoconfigure.resource;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The validated-token cache inside the whole starter, against a fake UserClouds tenant: what it keeps, what it never
 * keeps, and that a key rotation at the tenant empties it.
 */
// without the diagnostics, whose metrics wrap the decoder: this test looks at the cache inside it
@SpringBootTest(classes = ResourceServerTestApplication.class, properties = "spring.autoconfigure.exclude="
		+ "com.userclouds.spring.autoconfigure.diagnostics.DiagnosticsAutoConfiguration")
@AutoConfigureMockMvc
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class ValidatedTokenCacheIntegrationTests {

	private static final FakeTenant tenant = FakeTenant.start();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JwtDecoder decoder;

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", tenant::issuer);
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	private ResultActions getOrders(String token) throws Exception {
		return this.mvc.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private ValidatedTokenCache cache() {
		assertThat(this.decoder).isInstanceOf(CachingJwtDecoder.class);
		return ((CachingJwtDecoder) this.decoder).cache();
	}

	@Test
	void validTokensAreKeptAndInvalidOnesNever() throws Exception {
		String token = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(token).andExpect(status().isOk());
		getOrders(token).andExpect(status().isOk());
		assertThat(cache().size()).isOne();
		assertThat(cache().get(token)).isNotNull();

		List<String> invalid = List.of(tenant.userAccessToken().scope("orders:read").tamperedWith("sub", "someone"),
				tenant.userAccessToken().scope("orders:read").expiresAt(Instant.now().minusSeconds(3600)).sign(),
				tenant.userAccessToken().scope("orders:read").claim("aud", List.of("another-api")).sign(),
				tenant.idToken("client").scope("orders:read").sign(), "not-a-jwt");
		for (String refused : invalid) {
			getOrders(refused).andExpect(status().isUnauthorized());
			getOrders(refused).andExpect(status().isUnauthorized());
		}
		assertThat(cache().size()).isOne();
	}

	@Test
	void aKeyRotationAtTheTenantEmptiesTheCache() throws Exception {
		String oldKeyToken = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(oldKeyToken).andExpect(status().isOk());
		assertThat(cache().get(oldKeyToken)).isNotNull();

		tenant.rotate();
		String newKeyToken = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(newKeyToken).andExpect(status().isOk());
		assertThat(cache().get(oldKeyToken)).isNull();
		// the token whose unknown kid made the starter fetch the new key set was verified across the clear: it is
		// kept from its next request on
		getOrders(newKeyToken).andExpect(status().isOk());
		assertThat(cache().get(newKeyToken)).isNotNull();
		// the old key is still published, so its tokens pass full validation again
		getOrders(oldKeyToken).andExpect(status().isOk());
		assertThat(cache().size()).isEqualTo(2);
	}

}
