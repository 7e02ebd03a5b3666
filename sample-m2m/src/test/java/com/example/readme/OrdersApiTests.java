package com.example.readme;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static com.userclouds.spring.test.BearerTokens.bearer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest
@AutoConfigureMockMvc
@UserCloudsTestTenant
class OrdersApiTests {

	@Autowired MockMvc mvc;

	@Autowired TestTenant tenant;

	@Test
	void readsOrders() throws Exception {
		mvc.perform(get("/api/orders").with(bearer(tenant.accessToken().subject("u1").scopes("orders:read"))))
			.andExpect(status().isOk());
	}

	@Test
	void refusesAnExpiredToken() throws Exception {
		mvc.perform(get("/api/orders").with(bearer(tenant.accessToken().scopes("orders:read").expired())))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnIdToken() throws Exception {
		mvc.perform(get("/api/orders").with(bearer(tenant.idToken()))).andExpect(status().isUnauthorized());
	}

}
