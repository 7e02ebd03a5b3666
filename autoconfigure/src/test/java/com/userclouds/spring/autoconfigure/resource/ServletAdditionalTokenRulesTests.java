package com.userclouds.spring.autoconfigure.resource;

import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.x509;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * {@link AdditionalTokenRulesTests} on the servlet stack, plus what only it has: the client certificate of a mutual
 * TLS connection, which Spring Security compares with a certificate-bound token.
 */
@FullStackTests.ServletStack
class ServletAdditionalTokenRulesTests extends AdditionalTokenRulesTests {

	@Autowired
	private MockMvc mvc;

	private MockHttpServletRequestBuilder whoami(String token) {
		return MockMvcRequestBuilders.get("/api/whoami").header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
	}

	@Test
	void certificateBoundTokenIsAcceptedOnlyWithItsCertificate() throws Exception {
		String token = tenant.userAccessToken()
			.claim("cnf", Map.of("x5t#S256", thumbprint(CLIENT_CERTIFICATE)))
			.sign();
		this.mvc.perform(whoami(token).with(x509(certificate(CLIENT_CERTIFICATE)))).andExpect(status().isOk());
		// accepted once does not make it a bearer token: not answered from the validated-token cache
		this.mvc.perform(whoami(token)).andExpect(status().isUnauthorized());
		this.mvc.perform(whoami(token).with(x509(certificate(OTHER_CLIENT_CERTIFICATE))))
			.andExpect(status().isUnauthorized());
	}

}
