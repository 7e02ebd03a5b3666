package com.userclouds.sample.m2m;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicBoolean;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's readiness follows the tenant: 503 while the tenant fails, 200 again once it answers, and liveness
 * untouched throughout (an identity-provider outage should take instances out of load balancing, not restart them).
 * The probe interval is zero here so that each request checks the tenant; by default a change shows within 44 s.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "userclouds.diagnostics.health.probe-interval=0s", "userclouds.local-tenant.enabled=false" })
class ReadinessTests {

	private static final AtomicBoolean down = new AtomicBoolean();

	private static final MockWebServer tenant = new MockWebServer();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) throws IOException, JOSEException {
		String keys = new JWKSet(new RSAKeyGenerator(2048).keyID("k1").generate().toPublicJWK()).toString();
		tenant.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String issuer = tenant.url("/").toString().replaceAll("/$", "");
				if (down.get()) {
					return new MockResponse.Builder().code(503).build();
				}
				return switch (request.getUrl().encodedPath()) {
					case "/.well-known/openid-configuration" -> json("{\"issuer\":\"" + issuer
							+ "\",\"authorization_endpoint\":\"" + issuer + "/oidc/authorize\",\"token_endpoint\":\""
							+ issuer + "/oidc/token\",\"jwks_uri\":\"" + issuer + "/.well-known/jwks.json\"}");
					case "/.well-known/jwks.json" -> json(keys);
					default -> new MockResponse.Builder().code(404).build();
				};
			}
		});
		tenant.start();
		registry.add("userclouds.tenant-url", () -> tenant.url("/").toString().replaceAll("/$", ""));
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	@Test
	void readinessFollowsTheTenantAndLivenessHolds() throws Exception {
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
		down.set(true);
		assertThat(status("/actuator/health/readiness")).isEqualTo(503);
		assertThat(status("/actuator/health")).isEqualTo(503);
		assertThat(status("/actuator/health/liveness")).isEqualTo(200);
		down.set(false);
		assertThat(status("/actuator/health/readiness")).isEqualTo(200);
		assertThat(status("/actuator/health/liveness")).isEqualTo(200);
	}

	private int status(String path) throws IOException, InterruptedException {
		return this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path)).build(),
					HttpResponse.BodyHandlers.discarding())
			.statusCode();
	}

	private static MockResponse json(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json").body(body).build();
	}

}
