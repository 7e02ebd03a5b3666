package com.userclouds.spring.autoconfigure.resource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole starter in an application, against a fake UserClouds tenant: each case asserts the status and the
 * {@code WWW-Authenticate} answer. One suite for both stacks:
 * {@link ServletResourceServerIntegrationTests} and {@link ReactiveResourceServerIntegrationTests} run it.
 */
@TestPropertySource(properties = "userclouds.login.client-id=" + ResourceServerIntegrationTests.LOGIN_CLIENT_ID)
abstract class ResourceServerIntegrationTests extends FullStackTests {

	static final String LOGIN_CLIENT_ID = "login-client-0001";

	private static final String INVALID_TOKEN = "Bearer error=\"invalid_token\"";

	private ResponseSpec post(String path, String token) {
		return client().post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	private ResponseSpec getOrders(String token) {
		return get("/api/orders", token);
	}

	private static void assertInvalidToken(ResponseSpec result, String description) {
		result.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).contains(INVALID_TOKEN)
				.contains("error_description=\"" + description));
	}

	private static void assertChallenge(ResponseSpec result, String... parts) {
		result.expectHeader().value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).contains(parts));
	}

	@Test
	void userCloudsUserAccessTokenWithScopeIsAccepted() {
		getOrders(tenant.userAccessToken().scope("orders:read profile").sign()).expectStatus()
			.isOk()
			.expectHeader()
			.doesNotExist(HttpHeaders.WWW_AUTHENTICATE)
			.expectBody()
			.jsonPath("$[0]")
			.isEqualTo("order-1");
	}

	@Test
	void userCloudsIdTokenIsRefused() {
		assertInvalidToken(getOrders(tenant.idToken(LOGIN_CLIENT_ID).scope("orders:read").sign()),
				"Not an access token");
	}

	@Test
	void rfc9068AccessTokenIsAccepted() {
		getOrders(tenant.userAccessToken().type("at+jwt").claim("client_id", "c").scope("orders:read").sign())
			.expectStatus()
			.isOk();
	}

	@Test
	void machineToMachineTokenWithScpArrayIsAccepted() {
		getOrders(tenant.m2mToken().claim("scp", List.of("orders:read")).sign()).expectStatus().isOk();
	}

	@Test
	void expiredTokenIsRefused() {
		assertInvalidToken(getOrders(tenant.userAccessToken()
			.scope("orders:read")
			.expiresAt(Instant.now().minus(Duration.ofMinutes(10)))
			.sign()), "Jwt expired");
	}

	@Test
	void wrongIssuerIsRefused() {
		assertInvalidToken(
				getOrders(tenant.userAccessToken().scope("orders:read").claim("iss", "https://evil.example").sign()),
				"The iss claim is not valid");
	}

	@Test
	void wrongAudienceIsRefused() {
		assertInvalidToken(getOrders(
				tenant.userAccessToken().scope("orders:read").claim("aud", List.of("https://other.example")).sign()),
				"The aud claim is not valid");
	}

	@Test
	void tamperedPayloadIsRefused() {
		assertInvalidToken(getOrders(tenant.userAccessToken().tamperedWith("scope", "orders:read")),
				BearerTokenAnswers.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void unsignedTokenIsRefused() {
		assertInvalidToken(getOrders(tenant.userAccessToken().scope("orders:read").unsigned()),
				BearerTokenAnswers.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void hmacKeyedWithThePublicKeyIsRefused() {
		assertInvalidToken(getOrders(tenant.userAccessToken().scope("orders:read").signHs256WithPublicKey()),
				BearerTokenAnswers.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void tokenSignedByAnotherKeyIsRefused() {
		assertInvalidToken(getOrders(tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign()),
				BearerTokenAnswers.MALFORMED_OR_BAD_SIGNATURE);
	}

	@Test
	void missingTokenGetsABareChallenge() {
		client().get()
			.uri("/api/orders")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE,
					(challenge) -> assertThat(challenge).contains("Bearer").doesNotContain("error="));
	}

	@Test
	void basicCredentialsAreNotABearerToken() {
		assertChallenge(client().get()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, "Basic dXNlcjpwYXNz")
			.exchange()
			.expectStatus()
			.isUnauthorized(), "Bearer");
	}

	@Test
	void malformedInputIsNeverAServerError() {
		String garbageJson = b64("{\"alg\":\"RS256\",") + "." + b64("{not json") + "." + b64("sig");
		String notJsonArray = b64("[1,2,3]") + "." + b64("{}") + "." + b64("sig");
		String largeHeader = b64("{\"alg\":\"RS256\",\"x\":\"" + "a".repeat(largeHeaderLength()) + "\"}") + "."
				+ b64("{}") + ".c2ln";
		String wrongClaimTypes = tenant.userAccessToken().claim("scope", 42).claim("scp", List.of(1, 2)).sign();
		for (String token : List.of("abc", "a.b.c", garbageJson, notJsonArray, largeHeader, "e30.e30.e30", "...",
				tenant.userAccessToken().sign().replace('.', '!'))) {
			assertChallenge(getOrders(token).expectStatus().isUnauthorized(), INVALID_TOKEN);
		}
		// a valid token whose scope claims have the wrong types carries no scope
		getOrders(wrongClaimTypes).expectStatus().isForbidden();
		get("/api/whoami", wrongClaimTypes).expectStatus().isOk();
	}

	/**
	 * How long a token header the stack under test reads at all: a server refuses a request whose headers exceed its
	 * limit before any application code runs.
	 */
	abstract int largeHeaderLength();

	@Test
	void errorDescriptionsLeakNothingInternal() {
		for (String token : List.of("abc.def.ghi", tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign(),
				tenant.userAccessToken().signHs256WithPublicKey())) {
			getOrders(token).expectHeader()
				.value(HttpHeaders.WWW_AUTHENTICATE,
						(challenge) -> assertThat(challenge).doesNotContain("Exception", "Signed JWT rejected",
								"attempting to decode", tenant.issuer()));
		}
	}

	@Test
	void severalAuthorizationHeadersAreABadRequest() {
		String token = tenant.userAccessToken().scope("orders:read").sign();
		assertChallenge(client().get()
			.uri("/api/orders")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isBadRequest(), "error=\"invalid_request\"");
	}

	@Test
	void missingScopeIsForbiddenAndNamesTheScope() {
		assertChallenge(post("/api/orders", tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
			.isForbidden(), "Bearer error=\"insufficient_scope\"", "scope=\"orders:write\"");
	}

	@Test
	void writeWithScopeNeedsNoCsrfToken() {
		post("/api/orders", tenant.userAccessToken().scope("orders:write").sign()).expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("created");
	}

	@Test
	void allScopesAreNeededByDefault() {
		assertChallenge(get("/api/orders/audit", tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
			.isForbidden(), "scope=\"orders:read orders:admin\"");
		get("/api/orders/audit", tenant.userAccessToken().scope("orders:admin orders:read").sign()).expectStatus()
			.isOk();
	}

	@Test
	void anyScopeIsEnoughWhenMatchIsAny() {
		get("/api/reports", tenant.userAccessToken().scope("reports:admin").sign()).expectStatus().isOk();
		get("/api/reports", tenant.userAccessToken().claim("scp", "reports:read").sign()).expectStatus().isOk();
		assertChallenge(get("/api/reports", tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
			.isForbidden(), "scope=\"reports:read reports:admin\"");
	}

	@Test
	void classLevelScopesApplyAndMethodLevelScopesReplaceThem() {
		get("/api/admin", tenant.userAccessToken().scope("admin").sign()).expectStatus().isOk();
		get("/api/admin", tenant.userAccessToken().scope("admin:read").sign()).expectStatus().isForbidden();
		get("/api/admin/read", tenant.userAccessToken().scope("admin:read").sign()).expectStatus().isOk();
	}

	@Test
	void scopesAreCheckedWhateverTheMethodReturns() {
		for (String path : List.of("/api/orders/mono", "/api/orders/flux")) {
			get(path, tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
				.isOk()
				.expectBody(String.class)
				.value((body) -> assertThat(body).contains("order-1"));
			assertChallenge(get(path, tenant.userAccessToken().scope("profile").sign()).expectStatus().isForbidden(),
					"Bearer error=\"insufficient_scope\"", "scope=\"orders:read\"");
		}
	}

	@Test
	void preAuthorizeWithScopeAuthorityWorks() {
		get("/api/stats", tenant.userAccessToken().scope("stats:read").sign()).expectStatus().isOk();
		get("/api/stats", tenant.userAccessToken().claim("scp", List.of("stats:read")).sign()).expectStatus().isOk();
		assertChallenge(get("/api/stats", tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
			.isForbidden(), "Bearer error=\"insufficient_scope\"");
	}

	@Test
	void anyValidAccessTokenReachesUnannotatedEndpoints() {
		TestToken token = tenant.m2mToken();
		String subject = token.claimsSet().getSubject();
		get("/api/whoami", token.sign()).expectStatus().isOk().expectBody().jsonPath("$.sub").isEqualTo(subject);
	}

	@Test
	void theLeanApiChainKeepsPrincipalSecurityHeadersAndStatelessness() {
		TestToken token = tenant.m2mToken();
		get("/api/whoami/principal", token.sign()).expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo(token.claimsSet().getSubject());
		getOrders(tenant.userAccessToken().scope("orders:read").sign()).expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.value(HttpHeaders.CACHE_CONTROL, (cacheControl) -> assertThat(cacheControl).contains("no-store"))
			.expectHeader()
			.doesNotExist(HttpHeaders.SET_COOKIE);
	}

	@Test
	void pathsOutsideTheApiAreLeftAlone() {
		client().get().uri("/public/ping").exchange().expectStatus().isOk().expectBody(String.class).isEqualTo("pong");
	}

	private static String b64(String text) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}

}
