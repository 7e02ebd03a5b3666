package com.userclouds.sample.m2m;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With only {@code userclouds.tenant-url} set the sample starts (the tenant is not even reachable), and
 * {@code /demo/orders} says which properties to set.
 */
@SpringBootTest(properties = "userclouds.tenant-url=http://127.0.0.1:1")
@AutoConfigureMockMvc(addFilters = false)
class DemoOrdersWithoutCredentialsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void answers503NamingTheMissingProperties() throws Exception {
		this.mvc.perform(get("/demo/orders"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.detail").value(allOf(containsString("userclouds.m2m.clients.orders.client-id"),
					containsString("userclouds.m2m.clients.orders.client-secret"))));
	}

}
