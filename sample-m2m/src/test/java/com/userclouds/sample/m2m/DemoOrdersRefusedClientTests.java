package com.userclouds.sample.m2m;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
 * A client the tenant refuses: {@code /demo/orders} answers 502 with the client and the OAuth error, never the secret
 * and never a stack trace.
 */
@SpringBootTest
@AutoConfigureMockMvc(addFilters = false)
class DemoOrdersRefusedClientTests {

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

	@Test
	void answers502NamingTheClientAndErrorButNotTheSecret() throws Exception {
		tenantAndApi.enqueue(DemoOrdersTestSupport.json(401, "{\"error\":\"invalid_client\"}"));

		this.mvc.perform(get("/demo/orders"))
			.andExpect(status().isBadGateway())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("'orders'"), containsString("invalid_client"))))
			.andExpect(content().string(not(containsString(DemoOrdersTestSupport.SECRET))));
		assertThat(tenantAndApi.getRequestCount()).isEqualTo(1);
	}

}
