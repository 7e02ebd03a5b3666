package com.userclouds.spring.autoconfigure.diagnostics;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jwt.JWTClaimsSet;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;

import com.userclouds.spring.autoconfigure.m2m.M2mAccessTokens;
import com.userclouds.spring.autoconfigure.m2m.M2mTokenException;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The starter's counters, fed by real requests on both stacks: bearer tokens through the real decoder and its
 * validated-token cache (on WebFlux, a cache hit is answered on the event loop and a miss on a blocking scheduler, and
 * both count exactly as on the servlet stack), the decoder's JWKS fetches, and M2M token requests to a tenant's token
 * endpoint.
 */
@TestPropertySource(properties = { "userclouds.m2m.clients.orders.client-id=orders-app",
		"userclouds.m2m.clients.orders.client-secret=orders-secret", "userclouds.m2m.clients.orders.max-attempts=2",
		"userclouds.m2m.clients.orders.initial-backoff=1ms", "userclouds.m2m.clients.orders.max-backoff=2ms" })
abstract class MetricsTests extends DiagnosticsStackTests {

	@Autowired
	private MeterRegistry registry;

	@Test
	void countsTokenValidationsByOutcomeAndReason() {
		double validBefore = validations("valid", "valid");
		call(tenant.accessToken(FakeTenant.USER, Duration.ofHours(1)), 200);
		call(tenant.accessToken(FakeTenant.USER, Duration.ofHours(1)), 200);
		assertThat(validations("valid", "valid")).isEqualTo(validBefore + 2);
		assertCounted("expired", () -> call(expiredAccessToken(), 401));
		assertCounted("wrong_issuer", () -> call(accessToken((claims) -> claims.issuer("https://evil.example.com")), 401));
		assertCounted("wrong_audience", () -> call(accessToken((claims) -> claims.audience("https://other.example.com")), 401));
		assertCounted("not_an_access_token",
				() -> call(tenant.idToken("nonce-1", null, null, FakeTenant.Tweaks.none()), 401));
		assertCounted("bad_signature",
				() -> call(tenant.idToken("nonce-1", null, null, FakeTenant.Tweaks.none().signedWithForeignKey()), 401));
		assertCounted("malformed", () -> call("not-a-jwt", 401));
	}

	@Test
	void countsEveryOtherRefusalReason() {
		Date later = Date.from(Instant.now().plus(Duration.ofMinutes(10)));
		assertCounted("not_yet_valid", () -> call(accessToken((claims) -> claims.notBeforeTime(later)), 401));
		assertCounted("not_yet_valid", () -> call(accessToken((claims) -> claims.issueTime(later)), 401));
		assertCounted("not_an_access_token", () -> call(accessToken(FakeTenant.Tweaks.none()
			.idTokenHeader((header) -> header.type(new JOSEObjectType("logout+jwt")))), 401));
		assertCounted("unknown_key", () -> call(accessToken(FakeTenant.Tweaks.none()
			.idTokenHeader((header) -> header.keyID("no-such-key"))), 401));
		assertCounted("unknown_key", () -> call(accessToken(FakeTenant.Tweaks.none().unsigned()), 401));
		// bound to a DPoP key, or to a client certificate the request does not present
		String thumbprint = "0ZcOCORZNYy-DWpqq30jZyJGHTN0d2HglBV3uiguA4I";
		assertCounted("unproven_binding",
				() -> call(accessToken((claims) -> claims.claim("cnf", Map.of("jkt", thumbprint))), 401));
		assertCounted("unproven_binding",
				() -> call(accessToken((claims) -> claims.claim("cnf", Map.of("x5t#S256", thumbprint))), 401));
		assertCounted("expired", () -> call(accessToken((claims) -> claims.expirationTime(null)), 401));
	}

	@Test
	void countsValidatedTokenCacheHitsAndMisses() {
		double hitsBefore = cacheLookups("hit");
		double missesBefore = cacheLookups("miss");
		double validBefore = validations("valid", "valid");
		String token = tenant.accessToken(FakeTenant.USER, Duration.ofHours(1));
		call(token, 200);
		call(token, 200);
		assertThat(cacheLookups("miss")).as("first request: full validation").isEqualTo(missesBefore + 1);
		assertThat(cacheLookups("hit")).as("second request: from the cache").isEqualTo(hitsBefore + 1);
		assertThat(validations("valid", "valid")).as("a hit is a validation too").isEqualTo(validBefore + 2);
		assertCounted("malformed", () -> call("not-a-jwt", 401));
		assertThat(cacheLookups("miss")).as("an invalid token is a miss").isEqualTo(missesBefore + 2);
		assertThat(cacheLookups("hit")).isEqualTo(hitsBefore + 1);
	}

	@Test
	void countsTheDecodersKeyFetches() {
		call(tenant.accessToken(FakeTenant.USER, Duration.ofHours(1)), 200);
		assertThat(this.registry.get(TenantEventMetrics.JWKS_REFRESHES).tag("outcome", "success").counter().count())
			.isGreaterThanOrEqualTo(1);
	}

	@Test
	void countsM2mTokenRequestsByClientAndOutcome(@Autowired M2mAccessTokens tokens) {
		// the fake tenant's token endpoint knows no client credentials grant: 400 invalid_grant, not retried
		assertThatExceptionOfType(M2mTokenException.class).isThrownBy(() -> tokens.token("orders"));
		assertThat(this.registry.get(TenantEventMetrics.M2M_TOKEN_REQUESTS)
			.tag("client", "orders")
			.tag("outcome", "rejected")
			.counter()
			.count()).isEqualTo(1);
	}

	/** Issued two hours ago, expired an hour ago. */
	private static String expiredAccessToken() {
		Instant issued = Instant.now().minus(Duration.ofHours(2));
		return accessToken((claims) -> claims.issueTime(Date.from(issued))
			.expirationTime(Date.from(issued.plus(Duration.ofHours(1)))));
	}

	/** An access token of the fake tenant's shape (aud the tenant, no nonce, a UUID subject_type), changed as told. */
	private static String accessToken(Consumer<JWTClaimsSet.Builder> change) {
		return accessToken(FakeTenant.Tweaks.none(), change);
	}

	private static String accessToken(FakeTenant.Tweaks tweaks) {
		return accessToken(tweaks, (claims) -> {
		});
	}

	private static String accessToken(FakeTenant.Tweaks tweaks, Consumer<JWTClaimsSet.Builder> change) {
		return tenant.idToken(null, null, null, tweaks.idTokenClaims((claims) -> {
			claims.audience(List.of(tenant.issuer()))
				.claim("azp", null)
				.claim("subject_type", UUID.randomUUID().toString());
			change.accept(claims);
		}));
	}

	private void assertCounted(String reason, Runnable call) {
		double before = validations("invalid", reason);
		call.run();
		assertThat(validations("invalid", reason)).as(reason).isEqualTo(before + 1);
	}

	private double validations(String outcome, String reason) {
		return this.registry.get(MeasuredJwtDecoder.METER).tag("outcome", outcome).tag("reason", reason).counter().count();
	}

	private double cacheLookups(String result) {
		return this.registry.get(ValidatedTokenCacheMetrics.METER).tag("result", result).functionCounter().count();
	}

	private void call(String token, int expectedStatus) {
		client().get()
			.uri("/api/ping")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
			.exchange()
			.expectStatus()
			.isEqualTo(expectedStatus);
	}

}
