package com.userclouds.spring.localtenant;

import java.nio.file.Path;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import com.userclouds.spring.autoconfigure.token.ExpiryFromJwtTokenResponseConverter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The M2M client's tokens, judged by the starter's own rules.
 */
class ClientCredentialsTests {

	@TempDir
	static Path keys;

	static ConfigurableApplicationContext application;

	static String tenantUrl;

	@BeforeAll
	static void start() {
		application = TestApplication.run(keys.resolve("key.json"));
		tenantUrl = TestApplication.tenantUrl(application);
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	void m2mTokenIsShapedLikeUserClouds() throws Exception {
		Browser.TokenResponse response = new Browser(tenantUrl).token("local-tenant-m2m", "local-tenant-m2m-secret",
				Map.of("grant_type", "client_credentials", "audience", "https://orders.example"));

		assertThat(response.status()).isEqualTo(200);
		assertThat(response.body()).containsKeys("access_token", "token_type").doesNotContainKeys("expires_in", "scope");
		JWTClaimsSet claims = new TokenChecks(tenantUrl, "local-tenant-login").accessToken(response.get("access_token"),
				"https://orders.example");
		assertThat(claims.getAudience()).containsExactly("https://orders.example", tenantUrl);
		assertThat(UUID.fromString(claims.getSubject()).toString()).isEqualTo(claims.getSubject());
		assertThat(claims.getStringClaim("subject_type")).isEqualTo("_login_app");
		assertThat(claims.getStringClaim("scope")).isEqualTo("orders:read orders:write");
		assertThat(claims.getExpirationTime()).isAfter(new java.util.Date(System.currentTimeMillis() + 3600_000));
	}

	@Test
	void starterReadsTheLifetimeFromTheTokenItselfAsWithUserClouds() throws Exception {
		Browser.TokenResponse response = new Browser(tenantUrl).token("local-tenant-m2m", "local-tenant-m2m-secret",
				Map.of("grant_type", "client_credentials"));

		OAuth2AccessTokenResponse read = new ExpiryFromJwtTokenResponseConverter().convert(response.body());

		java.time.Instant exp = TokenChecks.parse(response.get("access_token")).getJWTClaimsSet().getExpirationTime()
			.toInstant();
		assertThat(read.getAccessToken().getExpiresAt()).isCloseTo(exp, within(60, ChronoUnit.SECONDS));
	}

	@Test
	void requestedScopesNarrowTheScopeClaim() throws Exception {
		Browser.TokenResponse response = new Browser(tenantUrl).token("local-tenant-m2m", "local-tenant-m2m-secret",
				Map.of("grant_type", "client_credentials", "scope", "orders:read"));

		JWTClaimsSet claims = new TokenChecks(tenantUrl, "local-tenant-login").accessToken(response.get("access_token"));
		assertThat(claims.getStringClaim("scope")).isEqualTo("orders:read");
		assertThat(claims.getAudience()).containsExactly(tenantUrl);
	}

	@Test
	void wrongSecretIsUnauthorized() {
		Browser.TokenResponse response = new Browser(tenantUrl).token("local-tenant-m2m", "wrong",
				Map.of("grant_type", "client_credentials"));

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.get("error")).isEqualTo("invalid_client");
	}

}
