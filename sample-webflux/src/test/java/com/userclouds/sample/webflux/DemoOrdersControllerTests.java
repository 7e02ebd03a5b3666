package com.userclouds.sample.webflux;

import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's M2M loop through the starter's {@code WebClient}: {@code /demo/orders} gets a client-credentials token
 * for {@code orders} from the token endpoint and calls {@code /api/orders} with it. Both are one MockWebServer; the
 * test tenant only signs the token, which the client reads its expiry from. Each test gets a fresh context, hence no
 * token cached by another.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
// the default 5 s is too short for a first request on a busy machine (Reactor Netty and Jackson warming up)
@AutoConfigureWebTestClient(timeout = "30s")
@UserCloudsTestTenant
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class DemoOrdersControllerTests {

	private static final String SECRET = "orders-secret-never-shown";

	private static final MockWebServer tokenEndpointAndApi = new MockWebServer();

	@Autowired
	private WebTestClient client;

	@Autowired
	private TestTenant tenant;

	@BeforeAll
	static void start() throws Exception {
		tokenEndpointAndApi.start();
	}

	@AfterAll
	static void stop() {
		tokenEndpointAndApi.close();
	}

	@DynamicPropertySource
	static void tokenEndpointAndApi(DynamicPropertyRegistry registry) {
		registry.add("userclouds.endpoints.token", () -> tokenEndpointAndApi.url("/oidc/token").toString());
		registry.add("userclouds.m2m.clients.orders.client-id", () -> "orders-client");
		registry.add("userclouds.m2m.clients.orders.client-secret", () -> SECRET);
		registry.add("sample.api-base-url", () -> tokenEndpointAndApi.url("/").toString().replaceAll("/$", ""));
	}

	@BeforeEach
	void forgetEarlierRequests() throws Exception {
		while (tokenEndpointAndApi.takeRequest(0, TimeUnit.SECONDS) != null) {
			// recorded during another test
		}
	}

	@Test
	void callsTheOrdersApiWithAClientCredentialsToken() throws Exception {
		String token = this.tenant.m2mToken().scopes("orders:read").build();
		// like UserClouds: no expires_in, the JWT's exp is the token's lifetime
		tokenEndpointAndApi.enqueue(json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"}"));
		tokenEndpointAndApi.enqueue(json(200, "[{\"id\":\"1\",\"item\":\"keyboard\",\"quantity\":1}]"));

		this.client.get()
			.uri("/demo/orders")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$[0].item")
			.isEqualTo("keyboard");

		RecordedRequest tokenRequest = tokenEndpointAndApi.takeRequest();
		assertThat(tokenRequest.getUrl().encodedPath()).isEqualTo("/oidc/token");
		assertThat(tokenRequest.getBody().utf8()).contains("grant_type=client_credentials")
			.contains("scope=orders%3Aread");
		RecordedRequest apiRequest = tokenEndpointAndApi.takeRequest();
		assertThat(apiRequest.getUrl().encodedPath()).isEqualTo("/api/orders");
		assertThat(apiRequest.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void aRefusedClientAnswersAGeneric502AndLogsTheTenantsError(CapturedOutput output) throws Exception {
		tokenEndpointAndApi.enqueue(json(401,
				"{\"error\":\"invalid_client\",\"error_description\":\"client orders-client unknown in acme-prod\"}"));

		this.client.get()
			.uri("/demo/orders")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo(DemoOrdersController.NO_TOKEN)
			.consumeWith((result) -> assertThat(new String(result.getResponseBodyContent()))
				.doesNotContain("invalid_client", "acme-prod", SECRET));
		assertThat(output).as("the detail is logged").contains("GET /demo/orders: M2M client 'orders'")
			.contains("invalid_client")
			.doesNotContain(SECRET);
		assertThat(tokenEndpointAndApi.takeRequest().getUrl().encodedPath()).isEqualTo("/oidc/token");
		assertThat(tokenEndpointAndApi.takeRequest(0, TimeUnit.SECONDS)).as("no API call without a token").isNull();
	}

	@Test
	void anApiRefusalAnswers502NamingTheStatus() throws Exception {
		String token = this.tenant.m2mToken().scopes("orders:write").build();
		tokenEndpointAndApi.enqueue(json(200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\"}"));
		tokenEndpointAndApi.enqueue(json(403, "{}"));

		this.client.get()
			.uri("/demo/orders")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("GET /api/orders answered HTTP 403");
	}

	private static MockResponse json(int status, String body) {
		return new MockResponse.Builder().code(status).addHeader("Content-Type", "application/json").body(body).build();
	}

}
