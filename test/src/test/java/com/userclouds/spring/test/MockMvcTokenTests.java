package com.userclouds.spring.test;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;

import static com.userclouds.spring.test.BearerTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Tokens of the test tenant go through the application's real decoder: valid ones pass, and each kind of bad token is
 * refused for its own reason, which a {@code jwt()} post-processor could not show.
 */
@SpringBootTest(classes = OrdersTestApplication.class)
@AutoConfigureMockMvc
@UserCloudsTestTenant
class MockMvcTokenTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestTenant tenant;

	@Test
	void theApplicationTrustsTheTestTenant(@Autowired Environment environment) {
		assertThat(environment.getProperty("userclouds.tenant-url")).isEqualTo(this.tenant.issuer())
			.startsWith("http://127.0.0.1:");
	}

	@Test
	void aUserAccessTokenWithTheScopePasses() throws Exception {
		this.mvc.perform(get("/api/orders").with(bearer(this.tenant.accessToken().subject("u1").scopes("orders:read"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0]").value("keyboard"));
	}

	@Test
	void theSubjectReachesTheController() throws Exception {
		this.mvc.perform(get("/api/whoami").with(bearer(this.tenant.accessToken().subject("u1"))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.sub").value("u1"));
	}

	@Test
	void aMachineToMachineTokenPasses() throws Exception {
		this.mvc.perform(get("/api/orders").with(bearer(this.tenant.m2mToken().scopes("orders:read"))))
			.andExpect(status().isOk());
	}

	@Test
	void aTokenWithoutTheScopeIsForbidden() throws Exception {
		this.mvc.perform(get("/api/orders").with(bearer(this.tenant.accessToken().scopes("orders:write"))))
			.andExpect(status().isForbidden())
			.andExpect(header().string("WWW-Authenticate", containsString("insufficient_scope")));
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		this.mvc.perform(get("/api/orders").with(bearer(this.tenant.accessToken().scopes("orders:read").expired())))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("expired")));
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() throws Exception {
		this.mvc
			.perform(get("/api/orders")
				.with(bearer(this.tenant.accessToken().scopes("orders:read").audience("https://other.example.com"))))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("aud")));
	}

	@Test
	void anIdTokenIsRefused() throws Exception {
		this.mvc.perform(get("/api/orders").with(bearer(this.tenant.idToken().scopes("orders:read"))))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Not an access token")));
	}

	@Test
	void aForgedTokenIsRefused() throws Exception {
		this.mvc.perform(get("/api/orders").with(bearer(this.tenant.accessToken().scopes("orders:read").signedByAnotherKey())))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("signature")));
	}

	@Test
	void aTokenOfAnotherIssuerIsRefused() throws Exception {
		this.mvc
			.perform(get("/api/orders")
				.with(bearer(this.tenant.accessToken().scopes("orders:read").issuer("https://evil.example.com"))))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("iss")));
	}

	@Test
	void aShortLivedTokenIsValidUntilItExpires() throws Exception {
		this.mvc
			.perform(get("/api/orders")
				.with(bearer(this.tenant.accessToken().scopes("orders:read").expiresIn(Duration.ofMinutes(5)))))
			.andExpect(status().isOk());
	}

}
