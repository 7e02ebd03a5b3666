package com.userclouds.spring.autoconfigure.resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole starter in an application, against a fake UserClouds tenant: each case asserts the status and the
 * {@code WWW-Authenticate} answer.
 */
@SpringBootTest(classes = ResourceServerTestApplication.class,
		properties = "userclouds.login.client-id=" + ResourceServerIntegrationTests.LOGIN_CLIENT_ID)
@AutoConfigureMockMvc
class ResourceServerIntegrationTests {

	static final String LOGIN_CLIENT_ID = "login-client-0001";

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

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

	private ResultActions call(MockHttpServletRequestBuilder request, String token) throws Exception {
		return this.mvc.perform(request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private ResultActions getOrders(String token) throws Exception {
		return call(get("/api/orders"), token);
	}

	private void assertInvalidToken(ResultActions result, String description) throws Exception {
		result.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					allOf(containsString(INVALID_TOKEN), containsString("error_description=\"" + description))));
	}

	@Test
	void userCloudsUserAccessTokenWithScopeIsAccepted() throws Exception {
		getOrders(tenant.userAccessToken().scope("orders:read profile").sign()).andExpect(status().isOk())
			.andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE))
			.andExpect(jsonPath("$[0]").value("order-1"));
	}

	@Test
	void userCloudsIdTokenIsRefused() throws Exception {
		assertInvalidToken(getOrders(tenant.idToken(LOGIN_CLIENT_ID).scope("orders:read").sign()),
				"Not an access token");
	}

	@Test
	void rfc9068AccessTokenIsAccepted() throws Exception {
		getOrders(tenant.userAccessToken().type("at+jwt").claim("client_id", "c").scope("orders:read").sign())
			.andExpect(status().isOk());
	}

	@Test
	void machineToMachineTokenWithScpArrayIsAccepted() throws Exception {
		getOrders(tenant.m2mToken().claim("scp", List.of("orders:read")).sign()).andExpect(status().isOk());
	}

	@Test
	void expiredTokenIsRefused() throws Exception {
		assertInvalidToken(getOrders(tenant.userAccessToken()
			.scope("orders:read")
			.expiresAt(Instant.now().minus(Duration.ofMinutes(10)))
			.sign()), "Jwt expired");
	}

	@Test
	void wrongIssuerIsRefused() throws Exception {
		assertInvalidToken(
				getOrders(tenant.userAccessToken().scope("orders:read").claim("iss", "https://evil.example").sign()),
				"The iss claim is not valid");
	}

	@Test
	void wrongAudienceIsRefused() throws Exception {
		assertInvalidToken(getOrders(
				tenant.userAccessToken().scope("orders:read").claim("aud", List.of("https://other.example")).sign()),
				"The aud claim is not valid");
	}

	@Test
	void tamperedPayloadIsRefused() throws Exception {
		assertInvalidToken(getOrders(tenant.userAccessToken().tamperedWith("scope", "orders:read")),
				BearerTokenFailureHandler.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void unsignedTokenIsRefused() throws Exception {
		assertInvalidToken(getOrders(tenant.userAccessToken().scope("orders:read").unsigned()),
				BearerTokenFailureHandler.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void hmacKeyedWithThePublicKeyIsRefused() throws Exception {
		assertInvalidToken(getOrders(tenant.userAccessToken().scope("orders:read").signHs256WithPublicKey()),
				BearerTokenFailureHandler.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void tokenSignedByAnotherKeyIsRefused() throws Exception {
		assertInvalidToken(getOrders(tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign()),
				BearerTokenFailureHandler.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void missingTokenGetsABareChallenge() throws Exception {
		this.mvc.perform(get("/api/orders"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					allOf(containsString("Bearer"), not(containsString("error=")))));
	}

	@Test
	void basicCredentialsAreNotABearerToken() throws Exception {
		this.mvc.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("Bearer")));
	}

	@Test
	void malformedInputIsNeverAServerError() throws Exception {
		String garbageJson = b64("{\"alg\":\"RS256\",") + "." + b64("{not json") + "." + b64("sig");
		String notJsonArray = b64("[1,2,3]") + "." + b64("{}") + "." + b64("sig");
		String hugeHeader = b64("{\"alg\":\"RS256\",\"x\":\"" + "a".repeat(200_000) + "\"}") + "." + b64("{}") + ".c2ln";
		String wrongClaimTypes = tenant.userAccessToken().claim("scope", 42).claim("scp", List.of(1, 2)).sign();
		for (String token : List.of("abc", "a.b.c", garbageJson, notJsonArray, hugeHeader, "e30.e30.e30",
				"...", tenant.userAccessToken().sign().replace('.', '!'))) {
			call(get("/api/orders"), token).andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString(INVALID_TOKEN)));
		}
		// a valid token whose scope claims have the wrong types carries no scope
		call(get("/api/orders"), wrongClaimTypes).andExpect(status().isForbidden());
		call(get("/api/whoami"), wrongClaimTypes).andExpect(status().isOk());
	}

	@Test
	void errorDescriptionsLeakNothingInternal() throws Exception {
		for (String token : List.of("abc.def.ghi", tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign(),
				tenant.userAccessToken().signHs256WithPublicKey())) {
			getOrders(token).andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					allOf(not(containsString("Exception")), not(containsString("Signed JWT rejected")),
							not(containsString("attempting to decode")), not(containsString(tenant.issuer())))));
		}
	}

	@Test
	void severalAuthorizationHeadersAreABadRequest() throws Exception {
		String token = tenant.userAccessToken().scope("orders:read").sign();
		this.mvc
			.perform(get("/api/orders").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, containsString("error=\"invalid_request\"")));
	}

	@Test
	void authorizationWithAControlOrUnassignedCharacterIsRejectedByTheFirewall() throws Exception {
		String token = tenant.userAccessToken().scope("orders:read").sign();
		getOrders(token + "\u0007").andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
		getOrders(token + "\u0378").andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist(HttpHeaders.WWW_AUTHENTICATE));
		// assigned and printable, so the firewall lets it through, but no token has it
		assertInvalidToken(getOrders(token + "\u00e4"), "Bearer token is malformed");
		getOrders(token).andExpect(status().isOk());
	}

	@Test
	void missingScopeIsForbiddenAndNamesTheScope() throws Exception {
		call(post("/api/orders"), tenant.userAccessToken().scope("orders:read").sign())
			.andExpect(status().isForbidden())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, allOf(
					containsString("Bearer error=\"insufficient_scope\""), containsString("scope=\"orders:write\""))));
	}

	@Test
	void writeWithScopeNeedsNoCsrfToken() throws Exception {
		call(post("/api/orders"), tenant.userAccessToken().scope("orders:write").sign()).andExpect(status().isOk())
			.andExpect(content().string("created"));
	}

	@Test
	void allScopesAreNeededByDefault() throws Exception {
		call(get("/api/orders/audit"), tenant.userAccessToken().scope("orders:read").sign())
			.andExpect(status().isForbidden())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					containsString("scope=\"orders:read orders:admin\"")));
		call(get("/api/orders/audit"), tenant.userAccessToken().scope("orders:admin orders:read").sign())
			.andExpect(status().isOk());
	}

	@Test
	void anyScopeIsEnoughWhenMatchIsAny() throws Exception {
		call(get("/api/reports"), tenant.userAccessToken().scope("reports:admin").sign()).andExpect(status().isOk());
		call(get("/api/reports"), tenant.userAccessToken().claim("scp", "reports:read").sign())
			.andExpect(status().isOk());
		call(get("/api/reports"), tenant.userAccessToken().scope("orders:read").sign())
			.andExpect(status().isForbidden())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					containsString("scope=\"reports:read reports:admin\"")));
	}

	@Test
	void classLevelScopesApplyAndMethodLevelScopesReplaceThem() throws Exception {
		call(get("/api/admin"), tenant.userAccessToken().scope("admin").sign()).andExpect(status().isOk());
		call(get("/api/admin"), tenant.userAccessToken().scope("admin:read").sign())
			.andExpect(status().isForbidden());
		call(get("/api/admin/read"), tenant.userAccessToken().scope("admin:read").sign()).andExpect(status().isOk());
	}

	@Test
	void preAuthorizeWithScopeAuthorityWorks() throws Exception {
		call(get("/api/stats"), tenant.userAccessToken().scope("stats:read").sign()).andExpect(status().isOk());
		call(get("/api/stats"), tenant.userAccessToken().claim("scp", List.of("stats:read")).sign())
			.andExpect(status().isOk());
		call(get("/api/stats"), tenant.userAccessToken().scope("orders:read").sign())
			.andExpect(status().isForbidden())
			.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE,
					containsString("Bearer error=\"insufficient_scope\"")));
	}

	@Test
	void anyValidAccessTokenReachesUnannotatedEndpoints() throws Exception {
		TestToken token = tenant.m2mToken();
		String subject = token.claimsSet().getSubject();
		call(get("/api/whoami"), token.sign()).andExpect(status().isOk())
			.andExpect(jsonPath("$.sub", equalTo(subject)));
	}

	@Test
	void pathsOutsideTheApiAreLeftAlone() throws Exception {
		this.mvc.perform(get("/public/ping")).andExpect(status().isOk()).andExpect(content().string("pong"));
	}

	private static String b64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
