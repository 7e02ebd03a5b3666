package com.userclouds.spring.localtenant;

import java.nio.file.Path;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code userclouds.local-tenant.standard-shape=true}: the shape of a standards-compliant provider.
 */
class StandardShapeTests {

	@TempDir
	static Path keys;

	static ConfigurableApplicationContext application;

	static String tenantUrl;

	static TokenChecks tokens;

	@BeforeAll
	static void start() {
		application = TestApplication.run(keys.resolve("key.json"), "userclouds.local-tenant.standard-shape=true");
		tenantUrl = TestApplication.tenantUrl(application);
		tokens = new TokenChecks(tenantUrl, LoginFlowTests.CLIENT_ID);
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	void tokenResponseHasExpiresInAndAccessTokensAreTypedAtJwt() throws Exception {
		Browser browser = new Browser(tenantUrl);
		String code = Browser.queryOf(LoginFlowTests.redirectOf(browser
			.authorize(LoginFlowTests.authorizationUrl(tenantUrl, "code", Map.of()), "alice", "alice-password"))).get("code");

		Browser.TokenResponse response = browser.token(LoginFlowTests.CLIENT_ID, LoginFlowTests.CLIENT_SECRET,
				Map.of("grant_type", "authorization_code", "code", code, "redirect_uri", LoginFlowTests.REDIRECT_URI));

		assertThat(response.body()).containsKey("expires_in");
		assertThat(TokenChecks.parse(response.get("access_token")).getHeader().getType())
			.isEqualTo(new JOSEObjectType("at+jwt"));
		JWTClaimsSet accessToken = tokens.accessToken(response.get("access_token"));
		assertThat(accessToken.getStringClaim("client_id")).isEqualTo(LoginFlowTests.CLIENT_ID);
		JWTClaimsSet idToken = tokens.idToken(response.get("id_token"));
		assertThat(idToken.getStringClaim("at_hash")).isEqualTo(hash(response.get("access_token")));
		java.net.http.HttpResponse<String> userinfo = LoginFlowTests.bearer(tenantUrl, response.get("access_token"));
		assertThat(userinfo.statusCode()).as(userinfo.headers().map() + userinfo.body()).isEqualTo(200);
	}

	@Test
	void hybridIdTokenCoversCodeAndAccessToken() throws Exception {
		Browser browser = new Browser(tenantUrl);
		Map<String, String> callback = Browser.fragmentOf(LoginFlowTests.redirectOf(browser.authorize(
				LoginFlowTests.authorizationUrl(tenantUrl, "code id_token token", Map.of("response_mode", "fragment", "nonce", "n")),
				"alice", "alice-password")));

		assertThat(callback).containsKeys("expires_in");
		JWTClaimsSet idToken = tokens.idToken(callback.get("id_token"));
		assertThat(idToken.getStringClaim("c_hash")).isEqualTo(hash(callback.get("code")));
		assertThat(idToken.getStringClaim("at_hash")).isEqualTo(hash(callback.get("access_token")));
	}

	@Test
	void m2mTokenIsTypedAtJwt() {
		Browser.TokenResponse response = new Browser(tenantUrl).token("local-tenant-m2m", "local-tenant-m2m-secret",
				Map.of("grant_type", "client_credentials"));

		assertThat(response.body()).containsKeys("expires_in");
		assertThat(TokenChecks.parse(response.get("access_token")).getHeader().getType())
			.isEqualTo(new JOSEObjectType("at+jwt"));
	}

	/**
	 * The hash OpenID Connect defines, computed here independently of the tenant (Nimbus' Base64URL).
	 */
	private static String hash(String value) throws Exception {
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(value.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		return com.nimbusds.jose.util.Base64URL.encode(java.util.Arrays.copyOf(digest, 16)).toString();
	}

}
