package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link HealthEndpointTests.TenantUp} on the servlet stack, in an application with login too: the health endpoint is
 * one of the login chain's public paths, other pages still need a login, and logged-in users see the details.
 */
@WebStackTests.ServletStack
@TestPropertySource(properties = "userclouds.login.client-id=webapp-client")
class ServletHealthEndpointTests extends HealthEndpointTests.TenantUp {

	@Autowired
	private MockMvc mvc;

	@Test
	void otherPagesStillNeedALogin() throws Exception {
		this.mvc.perform(get("/profile")).andExpect(status().is3xxRedirection());
	}

	@Test
	void loggedInCallersSeeTheTenantDetailsWithoutSecrets() throws Exception {
		this.mvc.perform(get("/actuator/health").with(user("operator")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.userCloudsTenant.status").value("UP"))
			.andExpect(jsonPath("$.components.userCloudsTenant.details.tenant").value(tenant.issuer()))
			.andExpect(jsonPath("$.components.userCloudsTenant.details.keys").value(1))
			.andExpect(content().string(not(containsString("\"n\":"))));
	}

}
