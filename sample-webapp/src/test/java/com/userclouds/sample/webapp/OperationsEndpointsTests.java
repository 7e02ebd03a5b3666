package com.userclouds.sample.webapp;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * What an operator sees of the web app through its login filter chain: health public with the status only, the
 * probes, and (for a signed-in user) the login meter once a login has ended at the redirect URI. The tenant is unreachable on purpose: the
 * app runs, liveness holds and readiness says the tenant is missing.
 */
@SpringBootTest(properties = { "userclouds.tenant-url=http://127.0.0.1:9", "userclouds.login.client-id=sample-webapp",
		"userclouds.diagnostics.health.probe-interval=0s" })
@AutoConfigureMockMvc
class OperationsEndpointsTests {

	@Autowired
	private MockMvc mvc;

	@Test
	void healthIsPublicAndTellsTheStatusOnly() throws Exception {
		this.mvc.perform(get("/actuator/health"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.status").value("DOWN"))
			.andExpect(jsonPath("$.components").doesNotExist())
			.andExpect(jsonPath("$.details").doesNotExist());
		this.mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		this.mvc.perform(get("/actuator/health/readiness")).andExpect(status().isServiceUnavailable());
	}

	@Test
	void metricsListTheLoginMeterAfterALogin() throws Exception {
		this.mvc.perform(get("/login/oauth2/code/userclouds").param("error", "access_denied").param("state", "s"))
			.andExpect(status().is3xxRedirection());
		// behind the login chain, like every page but health: a signed-in user sees them
		this.mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/actuator/metrics").with(oidcLogin()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.names", hasItem("userclouds.login")));
	}

}
