package com.userclouds.sample.m2m;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What an operator sees of the sample over real HTTP: a public health endpoint with the status only, the probes, and
 * the starter's meters once a request of each kind has been made. The test tenant has no token endpoint, so the M2M
 * client's token request fails (and is counted as such).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "userclouds.m2m.clients.orders.client-id=orders-client",
				"userclouds.m2m.clients.orders.client-secret=orders-secret", "userclouds.m2m.clients.orders.max-attempts=1" })
@UserCloudsTestTenant
class OperationsEndpointsTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private TestTenant tenant;

	@LocalServerPort
	private int port;

	@Test
	void healthIsPublicAndTellsTheStatusOnly() throws Exception {
		HttpResponse<String> health = get("/actuator/health", null);
		assertThat(health.statusCode()).isEqualTo(200);
		Map<String, Object> json = JSONObjectUtils.parse(health.body());
		assertThat(json).containsEntry("status", "UP").doesNotContainKeys("components", "details");
		assertThat(get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
		assertThat(get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
	}

	@Test
	void metricsListTheStartersMetersAfterARequestOfEachKind() throws Exception {
		assertThat(get("/api/orders", this.tenant.m2mToken().scopes("orders:read").build()).statusCode())
			.isEqualTo(200);
		assertThat(get("/demo/orders", null).statusCode()).isEqualTo(502);
		HttpResponse<String> metrics = get("/actuator/metrics", null);
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(JSONObjectUtils.getStringList(JSONObjectUtils.parse(metrics.body()), "names")).contains(
				"userclouds.token.validations", "userclouds.jwks.refreshes", "userclouds.m2m.token.requests");
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
