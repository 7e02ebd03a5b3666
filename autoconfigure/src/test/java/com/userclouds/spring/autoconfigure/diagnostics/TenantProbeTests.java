package com.userclouds.spring.autoconfigure.diagnostics;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.userclouds.spring.autoconfigure.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tenant check against a tenant on MockWebServer: what it reports, that it asks the tenant at most once per
 * interval, and that an outage shows after one interval and is logged once, without a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class TenantProbeTests {

	private static final Duration INTERVAL = Duration.ofSeconds(30);

	private final MockWebServer tenant = new MockWebServer();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private String issuer;

	@BeforeEach
	void start() throws IOException {
		this.tenant.start();
		String url = this.tenant.url("/").toString();
		this.issuer = url.substring(0, url.length() - 1);
	}

	@AfterEach
	void stop() {
		this.tenant.close();
	}

	@Test
	void upWithTheKeyCountWhenDiscoveryAndKeysAnswer() {
		answerHealthy(2);
		TenantProbeResult result = probe(null).result();
		assertThat(result.up()).isTrue();
		assertThat(result.keyCount()).isEqualTo(2);
		assertThat(result.problem()).isNull();
	}

	@Test
	void asksTheTenantAtMostOncePerInterval() {
		answerHealthy(1);
		answerHealthy(1);
		TenantProbe probe = probe(null);
		probe.result();
		this.clock.advance(INTERVAL.minusSeconds(1));
		probe.result();
		probe.result();
		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
		this.clock.advance(Duration.ofSeconds(1));
		probe.result();
		assertThat(this.tenant.getRequestCount()).isEqualTo(4);
	}

	@Test
	void anOutageShowsAfterOneIntervalAndIsLoggedOnceWithoutAStackTrace(CapturedOutput output) {
		answerHealthy(1);
		TenantProbe probe = probe(null);
		assertThat(probe.result().up()).isTrue();
		this.tenant.close();
		assertThat(probe.result().up()).as("cached until the interval is over").isTrue();
		this.clock.advance(INTERVAL);
		TenantProbeResult down = probe.result();
		assertThat(down.up()).isFalse();
		assertThat(down.discoveryProblem()).startsWith("discovery: ");
		assertThat(down.jwksChecked()).isFalse();
		this.clock.advance(INTERVAL);
		assertThat(probe.result().up()).isFalse();
		assertThat(output.getOut().lines().filter((line) -> line.contains("is not healthy"))).hasSize(1);
		assertThat(output.getOut()).doesNotContain("\tat ");
	}

	@Test
	void recoversWhenTheTenantAnswersAgain(CapturedOutput output) {
		this.tenant.enqueue(new MockResponse.Builder().code(503).build());
		answerHealthy(1);
		TenantProbe probe = probe(null);
		assertThat(probe.result().up()).isFalse();
		this.clock.advance(INTERVAL);
		assertThat(probe.result().up()).isTrue();
		assertThat(output.getOut()).contains("answers again");
	}

	@Test
	void aKeySetWithoutKeysIsDown() {
		answerHealthy(0);
		TenantProbeResult result = probe(null).result();
		assertThat(result.up()).isFalse();
		assertThat(result.keyCount()).isZero();
		assertThat(result.problem()).isEqualTo("the JWK set has no keys");
	}

	@Test
	void discoveryOfAnotherIssuerIsDown() {
		this.tenant.enqueue(json("{\"issuer\":\"https://other.example.com\",\"jwks_uri\":\"" + this.issuer
				+ "/.well-known/jwks.json\"}"));
		TenantProbeResult result = probe(null).result();
		assertThat(result.up()).isFalse();
		assertThat(result.problem()).isEqualTo("discovery names another issuer");
	}

	@Test
	void aConfiguredJwksUrlIsCheckedEvenWhenDiscoveryFails() {
		this.tenant.enqueue(new MockResponse.Builder().code(500).build());
		this.tenant.enqueue(json(keys(1)));
		TenantProbeResult result = probe(URI.create(this.issuer + "/keys")).result();
		assertThat(result.up()).isFalse();
		assertThat(result.discoveryProblem()).isNotNull();
		assertThat(result.jwksProblem()).isNull();
		assertThat(result.keyCount()).isEqualTo(1);
	}

	private TenantProbe probe(URI configuredJwks) {
		return new TenantProbe(this.issuer, configuredJwks, new DefaultResourceRetriever(1000, 2000), INTERVAL,
				this.clock);
	}

	private void answerHealthy(int keyCount) {
		this.tenant.enqueue(json("{\"issuer\":\"" + this.issuer + "\",\"jwks_uri\":\"" + this.issuer
				+ "/.well-known/jwks.json\"}"));
		this.tenant.enqueue(json(keys(keyCount)));
	}

	private static String keys(int count) {
		StringBuilder keys = new StringBuilder("{\"keys\":[");
		for (int i = 0; i < count; i++) {
			keys.append((i > 0) ? "," : "")
				.append("{\"kty\":\"RSA\",\"kid\":\"k").append(i)
				.append("\",\"n\":\"sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1WlUzewbgBHod5pcM9H95GQRV3JDXboIRROSBigeC5yjU1hGzHHyXss8UDprecbAYxknTcQkhslANGRUZmdTOQ5qTRsLAt6BTYuyvVRdhS8exSZEy_c4gs_7svlJJQ4H9_NxsiIoLwAEk7-Q3UXERGYw_75IDrGA84-lA_-Ct4eTlXHBIY2EaV7t7LjJaynVJCpkv4LKjTTAumiGUIuQhrNhZLuF_RJLqHpM2kgWFLU7-VTdL1VbC2tejvcI2BlMkEpk1BzBZI0KQB0GaDWFLN-aEAw3vRw\",\"e\":\"AQAB\"}");
		}
		return keys.append("]}").toString();
	}

	private static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}


}
