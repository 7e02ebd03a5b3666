package com.userclouds.sample.m2m;

import java.util.concurrent.TimeUnit;

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
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The whole M2M loop of the sample against a fake tenant and API (one MockWebServer): {@code /demo/orders} gets a
 * client-credentials token for {@code orders} and calls {@code /api/orders} with it. Each test gets a fresh context,
 * hence no token cached by another. Security filters are left out: which paths need a token is the resource-server
 * chain's business ({@code /api/**} only), not this controller's.
 */
@SpringBootTest
@ExtendWith(OutputCaptureExtension.class)
@AutoConfigureMockMvc(addFilters = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class DemoOrdersControllerTests {

	private static final MockWebServer tenantAndApi = new MockWebServer();

	@Autowired
	private MockMvc mvc;

	@BeforeAll
	static void start() throws Exception {
		tenantAndApi.start();
	}

	@AfterAll
	static void stop() {
		tenantAndApi.close();
	}

	@DynamicPropertySource
	static void tenant(DynamicPropertyRegistry registry) {
		DemoOrdersTestSupport.tenantAndApi(registry, tenantAndApi);
	}

	@BeforeEach
	void forgetEarlierRequests() throws Exception {
		while (tenantAndApi.takeRequest(0, TimeUnit.SECONDS) != null) {
			// recorded during another test
		}
	}

	@Test
	void callsTheOrdersApiWithAClientCredentialsToken() throws Exception {
		String token = DemoOrdersTestSupport.accessToken();
		tenantAndApi.enqueue(DemoOrdersTestSupport.tokenResponse(token));
		tenantAndApi.enqueue(DemoOrdersTestSupport.json(200, "{\"orders\":[{\"id\":1}]}"));

		this.mvc.perform(get("/demo/orders")).andExpect(status().isOk()).andExpect(jsonPath("$.orders[0].id").value(1));

		RecordedRequest tokenRequest = tenantAndApi.takeRequest();
		assertThat(tokenRequest.getUrl().encodedPath()).isEqualTo("/oidc/token");
		assertThat(tokenRequest.getBody().utf8()).contains("grant_type=client_credentials")
			.contains("scope=orders%3Aread");
		RecordedRequest apiRequest = tenantAndApi.takeRequest();
		assertThat(apiRequest.getUrl().encodedPath()).isEqualTo("/api/orders");
		assertThat(apiRequest.getHeaders().get("Authorization")).isEqualTo("Bearer " + token);
	}

	@Test
	void aRefusedClientAnswersAGeneric502AndLogsTheTenantsError(CapturedOutput output) throws Exception {
		tenantAndApi.enqueue(DemoOrdersTestSupport.json(401,
				"{\"error\":\"invalid_client\",\"error_description\":\"client orders-client unknown in acme-prod\"}"));

		this.mvc.perform(get("/demo/orders"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.detail").value(DemoOrdersController.NO_TOKEN))
			.andExpect(content().string(allOf(not(containsString("invalid_client")), not(containsString("acme-prod")),
					not(containsString(DemoOrdersTestSupport.SECRET)))));
		assertThat(output).as("the detail is logged").contains("GET /demo/orders: M2M client 'orders'")
			.contains("invalid_client")
			.doesNotContain(DemoOrdersTestSupport.SECRET);
		assertThat(tenantAndApi.takeRequest().getUrl().encodedPath()).isEqualTo("/oidc/token");
		assertThat(tenantAndApi.takeRequest(0, TimeUnit.SECONDS)).as("no API call without a token").isNull();
	}

}
