package com.userclouds.spring.autoconfigure.resource;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules beyond the token type, issuer, audience and time claims, through the real chain on both stacks: tokens bound
 * to a client certificate (RFC 8705) or a DPoP key (RFC 9449) presented without proof, and a validator the
 * application declares as a bean.
 */
@Import(AdditionalTokenRulesTests.BannedCallers.class)
abstract class AdditionalTokenRulesTests extends FullStackTests {

	static final String CLIENT_CERTIFICATE = "/certificates/client.pem";

	static final String OTHER_CLIENT_CERTIFICATE = "/certificates/other-client.pem";

	static void assertRefused(ResponseSpec result, String description) {
		result.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge)
				.contains("error=\"invalid_token\"")
				.contains("error_description=\"" + description));
	}

	@Test
	void tokenWithoutConfirmationIsAccepted() {
		get("/api/whoami", tenant.userAccessToken().sign()).expectStatus().isOk();
	}

	@Test
	void dpopBoundTokenSentAsBearerIsRefused() {
		String token = tenant.userAccessToken().claim("cnf", Map.of("jkt", thumbprint(CLIENT_CERTIFICATE))).sign();
		assertRefused(get("/api/whoami", token), "The token is bound to a DPoP key");
	}

	@Test
	void certificateBoundTokenWithoutTheCertificateIsRefused() {
		String token = tenant.userAccessToken()
			.claim("cnf", Map.of("x5t#S256", thumbprint(CLIENT_CERTIFICATE)))
			.sign();
		get("/api/whoami", token).expectStatus().isUnauthorized();
		// refused every time: a refusal is never cached, and neither is a bound token
		get("/api/whoami", token).expectStatus().isUnauthorized();
	}

	@Test
	void unreadableConfirmationIsRefusedNotAServerError() {
		assertRefused(get("/api/whoami", tenant.userAccessToken().claim("cnf", "bound").sign()),
				"The cnf claim is not valid");
		assertRefused(get("/api/whoami", tenant.userAccessToken().claim("cnf", Map.of("x5t#S256", 42)).sign()),
				"The cnf claim is not valid");
	}

	@Test
	void applicationsValidatorJoinsTheStartersRules() {
		assertRefused(get("/api/whoami", tenant.userAccessToken().claim("banned", true).sign()),
				BannedCallers.DESCRIPTION);
		// the starter's rules still run: an ID token is refused for what it is, not only by the extra validator
		assertRefused(get("/api/whoami", tenant.idToken("some-client").claim("banned", true).sign()),
				"Not an access token");
	}

	static X509Certificate certificate(String resource) {
		try (InputStream pem = AdditionalTokenRulesTests.class.getResourceAsStream(resource)) {
			return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(pem);
		}
		catch (IOException | CertificateException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** RFC 8705's {@code x5t#S256}: base64url of the SHA-256 of the DER certificate. */
	static String thumbprint(String resource) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(certificate(resource).getEncoded());
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The application's own rule: tokens that say the caller is banned are refused. */
	@Configuration(proxyBeanMethods = false)
	static class BannedCallers {

		static final String DESCRIPTION = "The caller is banned";

		@Bean
		OAuth2TokenValidator<Jwt> bannedCallers() {
			return (jwt) -> Boolean.TRUE.equals(jwt.getClaim("banned"))
					? OAuth2TokenValidatorResult
						.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, DESCRIPTION, null))
					: OAuth2TokenValidatorResult.success();
		}

	}

}
