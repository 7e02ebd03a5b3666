package com.userclouds.spring.localtenant;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The login flows against a local tenant in UserClouds' shape: code, PKCE, hybrid and implicit, each response judged
 * by the starter's own rules.
 */
class LoginFlowTests {

	static final String CLIENT_ID = "local-tenant-login";

	static final String CLIENT_SECRET = "local-tenant-login-secret";

	static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/userclouds";

	@TempDir
	static Path keys;

	static ConfigurableApplicationContext application;

	static String tenantUrl;

	static TokenChecks tokens;

	@BeforeAll
	static void start() {
		application = TestApplication.run(keys.resolve("key.json"));
		tenantUrl = TestApplication.tenantUrl(application);
		tokens = new TokenChecks(tenantUrl, CLIENT_ID);
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	void discoveryHasUserCloudsPathsAndNoEndSession() {
		Map<String, Object> discovery = Json.parse(new Browser(tenantUrl)
			.get(tenantUrl + "/.well-known/openid-configuration")
			.body());

		assertThat(discovery).containsEntry("issuer", tenantUrl)
			.containsEntry("authorization_endpoint", tenantUrl + "/oidc/authorize")
			.containsEntry("token_endpoint", tenantUrl + "/oidc/token")
			.containsEntry("userinfo_endpoint", tenantUrl + "/oidc/userinfo")
			.containsEntry("jwks_uri", tenantUrl + "/.well-known/jwks.json")
			.doesNotContainKey("end_session_endpoint")
			.containsEntry("userclouds_local_tenant", true);
		assertThat(discovery.get("response_types_supported")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("code", "code id_token",
				"code token", "code id_token token", "id_token", "id_token token");
		assertThat(discovery.get("response_modes_supported")).asInstanceOf(InstanceOfAssertFactories.LIST).contains("query", "fragment",
				"form_post");
		assertThat(tokens.tenant().userCloudsLogoutEndpoint()).hasToString(tenantUrl + "/logout");
	}

	@Test
	void codeFlowIssuesUserCloudsShapedTokens() throws Exception {
		Browser browser = new Browser(tenantUrl);
		Map<String, String> callback = Browser.queryOf(redirectOf(browser.authorize(
				authorizationUrl("code", Map.of("nonce", "n-1")), "alice", "alice-password")));
		assertThat(callback).containsEntry("state", "s-1").containsKey("code");

		Browser.TokenResponse response = browser.token(CLIENT_ID, CLIENT_SECRET, Map.of("grant_type",
				"authorization_code", "code", callback.get("code"), "redirect_uri", REDIRECT_URI));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).containsKeys("access_token", "id_token", "refresh_token", "token_type")
			.doesNotContainKeys("expires_in", "scope");
		JWTClaimsSet idToken = tokens.idToken(response.get("id_token"));
		assertThat(idToken.getAudience()).containsExactly(CLIENT_ID, tenantUrl);
		assertThat(idToken.getStringClaim("azp")).isEqualTo(CLIENT_ID);
		assertThat(idToken.getStringClaim("nonce")).isEqualTo("n-1");
		assertThat(idToken.getStringClaim("subject_type")).isEqualTo("_user");
		assertThat(idToken.getStringClaim("name")).isEqualTo("Alice Example");
		assertThat(idToken.getStringClaim("email")).isEqualTo("alice@example.com");
		assertThat(idToken.getClaims()).doesNotContainKeys("at_hash", "c_hash");
		UUID.fromString(idToken.getSubject());

		JWTClaimsSet accessToken = tokens.accessToken(response.get("access_token"));
		assertThat(accessToken.getAudience()).containsExactly(tenantUrl);
		assertThat(accessToken.getClaims()).doesNotContainKey("azp");
		assertThat(accessToken.getSubject()).isEqualTo(idToken.getSubject());
		UUID.fromString(accessToken.getStringClaim("subject_type"));
		assertThat(accessToken.getStringClaim("scope")).isEqualTo("orders:read orders:write");
		assertThat(TokenChecks.parse(response.get("access_token")).getHeader().getType()).isNull();
	}

	@Test
	void refreshReturnsANewAccessTokenAndKeepsTheRefreshToken() {
		Browser browser = new Browser(tenantUrl);
		String code = Browser.queryOf(redirectOf(browser.authorize(authorizationUrl("code", Map.of()), "bob",
				"bob-password")))
			.get("code");
		Browser.TokenResponse issued = browser.token(CLIENT_ID, CLIENT_SECRET,
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", REDIRECT_URI));

		Browser.TokenResponse refreshed = browser.token(CLIENT_ID, CLIENT_SECRET,
				Map.of("grant_type", "refresh_token", "refresh_token", issued.get("refresh_token")));

		assertThat(refreshed.status()).isEqualTo(200);
		assertThat(refreshed.get("access_token")).isNotEqualTo(issued.get("access_token"));
		assertThat(refreshed.get("refresh_token")).isEqualTo(issued.get("refresh_token"));
		assertThat(refreshed.body()).doesNotContainKey("expires_in");
		assertThat(tokens.accessToken(refreshed.get("access_token")).getClaim("scope")).isEqualTo("orders:read");
	}

	@Test
	void publicClientWithPkceS256() throws Exception {
		String verifier = "verifier-" + UUID.randomUUID() + UUID.randomUUID();
		String challenge = Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		Browser browser = new Browser(tenantUrl);
		String code = Browser.queryOf(redirectOf(browser.authorize(authorizationUrl("code",
				Map.of("code_challenge", challenge, "code_challenge_method", "S256")), "alice", "alice-password")))
			.get("code");

		Browser.TokenResponse response = browser.token(CLIENT_ID, null, Map.of("grant_type", "authorization_code",
				"code", code, "redirect_uri", REDIRECT_URI, "client_id", CLIENT_ID, "code_verifier", verifier));

		assertThat(response.status()).isEqualTo(200);
		tokens.idToken(response.get("id_token"));
	}

	@Test
	void pkcePlainIsRefused() {
		Browser browser = new Browser(tenantUrl);
		String redirect = redirectOf(browser.authorize(authorizationUrl("code",
				Map.of("code_challenge", "x".repeat(43), "code_challenge_method", "plain")), "alice", "alice-password"));

		assertThat(Browser.queryOf(redirect)).containsEntry("error", "invalid_request").doesNotContainKey("code");
	}

	@Test
	void hybridCodeIdTokenInTheQuery() throws Exception {
		Browser browser = new Browser(tenantUrl);
		Map<String, String> callback = Browser.queryOf(redirectOf(browser.authorize(
				authorizationUrl("code id_token", Map.of("nonce", "n-2")), "alice", "alice-password")));

		assertThat(callback).containsKeys("code", "id_token").containsEntry("state", "s-1").doesNotContainKey("token");
		JWTClaimsSet idToken = tokens.idToken(callback.get("id_token"));
		assertThat(idToken.getStringClaim("nonce")).isEqualTo("n-2");
		assertThat(idToken.getAudience()).containsExactly(CLIENT_ID, tenantUrl);
		Browser.TokenResponse exchanged = browser.token(CLIENT_ID, CLIENT_SECRET,
				Map.of("grant_type", "authorization_code", "code", callback.get("code"), "redirect_uri", REDIRECT_URI));
		assertThat(tokens.idToken(exchanged.get("id_token")).getSubject()).isEqualTo(idToken.getSubject());
	}

	@Test
	void hybridCodeIdTokenTokenNamesTheAccessTokenTokenInTheQuery() throws Exception {
		Browser browser = new Browser(tenantUrl);
		Map<String, String> callback = Browser.queryOf(redirectOf(browser.authorize(
				authorizationUrl("code id_token token", Map.of("nonce", "n-3")), "alice", "alice-password")));

		assertThat(callback).containsKeys("code", "id_token", "token").doesNotContainKey("access_token");
		assertThat(tokens.accessToken(callback.get("token")).getStringClaim("scope")).isEqualTo("orders:read orders:write");
		assertThat(tokens.idToken(callback.get("id_token")).getClaims()).doesNotContainKeys("at_hash", "c_hash");
		HttpResponse<String> userinfo = bearer(callback.get("token"));
		assertThat(Json.parse(userinfo.body())).containsEntry("email", "alice@example.com");
	}

	@Test
	void hybridCodeTokenInTheFragment() {
		Browser browser = new Browser(tenantUrl);
		String redirect = redirectOf(browser.authorize(
				authorizationUrl("code token", Map.of("response_mode", "fragment")), "alice", "alice-password"));

		assertThat(redirect).startsWith(REDIRECT_URI + "#");
		Map<String, String> callback = Browser.fragmentOf(redirect);
		assertThat(callback).containsKeys("code", "access_token").containsEntry("token_type", "Bearer")
			.containsEntry("state", "s-1")
			.doesNotContainKeys("id_token", "expires_in");
		tokens.accessToken(callback.get("access_token"));
	}

	@Test
	void implicitIdTokenTokenAsFormPost() throws Exception {
		Browser browser = new Browser(tenantUrl);
		HttpResponse<String> page = browser.authorize(
				authorizationUrl("id_token token", Map.of("response_mode", "form_post", "nonce", "n-4")), "alice",
				"alice-password");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("action=\"" + REDIRECT_URI + "\"")
			.doesNotContain("name=\"code\"");
		Map<String, String> form = FormPostPage.fields(page.body());
		assertThat(form).containsKeys("id_token", "access_token", "state");
		assertThat(tokens.idToken(form.get("id_token")).getStringClaim("nonce")).isEqualTo("n-4");
		tokens.accessToken(form.get("access_token"));
	}

	@Test
	void implicitIdTokenCarriesNoCodeAndNoAccessToken() throws Exception {
		Browser browser = new Browser(tenantUrl);
		Map<String, String> callback = Browser.queryOf(redirectOf(
				browser.authorize(authorizationUrl("id_token", Map.of("nonce", "n-5")), "bob", "bob-password")));

		assertThat(callback).containsKey("id_token").doesNotContainKeys("code", "token", "access_token");
		assertThat(tokens.idToken(callback.get("id_token")).getStringClaim("name")).isEqualTo("Bob Example");
	}

	@Test
	void anyLoopbackHostAndPortIsAcceptedForTheRegisteredPath() {
		Browser browser = new Browser(tenantUrl);
		browser.authorize(authorizationUrl("code", Map.of()), "alice", "alice-password");

		for (String redirectUri : new String[] { "http://127.0.0.1:8080/login/oauth2/code/userclouds",
				"http://localhost:43210/login/oauth2/code/userclouds" }) {
			String redirect = redirectOf(browser.get(authorizationUrl("code", Map.of("redirect_uri", redirectUri))));
			assertThat(redirect).startsWith(redirectUri + "?code=");
		}
	}

	@Test
	void foreignRedirectUriGetsAnErrorPageNotARedirect() {
		Browser browser = new Browser(tenantUrl);
		HttpResponse<String> response = browser.authorize(
				authorizationUrl("code", Map.of("redirect_uri", "https://evil.example/login/oauth2/code/userclouds")),
				"alice", "alice-password");

		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Location")).isEmpty();
		assertThat(response.body()).contains("redirect_uri").doesNotContain("Exception");
	}

	@Test
	void unsupportedResponseTypeAndModeAreRefused() {
		Browser browser = new Browser(tenantUrl);
		browser.authorize(authorizationUrl("code", Map.of()), "alice", "alice-password");

		HttpResponse<String> unsupportedType = browser.get(authorizationUrl("token", Map.of()));
		assertThat(unsupportedType.statusCode()).isEqualTo(400);
		assertThat(unsupportedType.body()).contains("unsupported_response_type");
		HttpResponse<String> unknownMode = browser
			.get(authorizationUrl("code id_token", Map.of("response_mode", "telepathy")));
		assertThat(unknownMode.statusCode()).isEqualTo(400);
		assertThat(unknownMode.body()).contains("response_mode");
	}

	@Test
	void errorsReachTheClientInTheRequestedResponseMode() {
		Browser browser = new Browser(tenantUrl);
		browser.authorize(authorizationUrl("code", Map.of()), "alice", "alice-password");

		String redirect = redirectOf(browser.get(authorizationUrl("code id_token",
				Map.of("response_mode", "fragment", "scope", "openid admin:everything"))));

		assertThat(redirect).startsWith(REDIRECT_URI + "#");
		assertThat(Browser.fragmentOf(redirect)).containsEntry("error", "invalid_scope").containsEntry("state", "s-1");
	}

	@Test
	void logoutEndsTheSessionAndReturnsOnlyToRegisteredUris() {
		Browser browser = new Browser(tenantUrl);
		browser.authorize(authorizationUrl("code", Map.of()), "alice", "alice-password");

		HttpResponse<String> foreign = browser.get(tenantUrl + "/logout?client_id=" + CLIENT_ID
				+ "&redirect_url=" + encode("https://evil.example/"));
		assertThat(foreign.statusCode()).isEqualTo(400);

		browser.authorize(authorizationUrl("code", Map.of()), "alice", "alice-password");
		HttpResponse<String> home = browser.get(tenantUrl + "/logout?client_id=" + CLIENT_ID + "&redirect_url="
				+ encode("http://127.0.0.1:8080/"));
		assertThat(home.statusCode()).isEqualTo(302);
		assertThat(home.headers().firstValue("Location")).hasValue("http://127.0.0.1:8080/");
		HttpResponse<String> again = browser.get(authorizationUrl("code", Map.of()));
		assertThat(again.headers().firstValue("Location")).hasValue(tenantUrl + "/login");
	}

	@Test
	void sessionCookieHasItsOwnName() {
		Browser browser = new Browser(tenantUrl);
		browser.authorize(authorizationUrl("code", Map.of()), "alice", "alice-password");

		assertThat(browser.cookies()).containsKey("USERCLOUDS_LOCAL_TENANT_SESSION").doesNotContainKey("JSESSIONID");
	}

	@Test
	void wrongPasswordStaysOnTheLoginPage() {
		HttpResponse<String> response = new Browser(tenantUrl).authorize(authorizationUrl("code", Map.of()), "alice",
				"wrong");

		assertThat(response.headers().firstValue("Location")).hasValue(tenantUrl + "/login?error");
	}

	static String authorizationUrl(String responseType, Map<String, String> extra) {
		return authorizationUrl(tenantUrl, responseType, extra);
	}

	static String authorizationUrl(String tenantUrl, String responseType, Map<String, String> extra) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("response_type", responseType);
		parameters.put("client_id", CLIENT_ID);
		parameters.put("redirect_uri", REDIRECT_URI);
		parameters.put("scope", "openid profile email");
		parameters.put("state", "s-1");
		parameters.putAll(extra);
		StringBuilder url = new StringBuilder(tenantUrl + "/oidc/authorize?");
		parameters.forEach((name, value) -> url.append(name).append('=').append(encode(value)).append('&'));
		return url.substring(0, url.length() - 1);
	}

	static String redirectOf(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
		return response.headers().firstValue("Location").orElseThrow();
	}

	static HttpResponse<String> bearer(String accessToken) {
		return bearer(tenantUrl, accessToken);
	}

	static HttpResponse<String> bearer(String tenantUrl, String accessToken) {
		try {
			java.net.http.HttpRequest request = java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(tenantUrl + "/oidc/userinfo"))
				.header("Authorization", "Bearer " + accessToken)
				.build();
			return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
