package com.userclouds.sample.gateway;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import com.userclouds.spring.autoconfigure.login.LoginClientRegistration;
import com.userclouds.spring.autoconfigure.login.LoginFlow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each documented profile chooses its flow, as in sample-webapp.
 */
class SampleProfilesTests {

	@ParameterizedTest
	@CsvSource({ "code, AUTHORIZATION_CODE, code", "pkce, PKCE, code", "hybrid, HYBRID, code id_token",
			"implicit, IMPLICIT, id_token token" })
	void profileChoosesTheFlow(String profile, LoginFlow flow, String responseType) {
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(SampleGatewayApplication.class)
			.profiles(profile)
			.run("--server.port=0", "--userclouds.tenant-url=http://127.0.0.1:9",
					"--userclouds.login.client-id=sample-gateway")) {
			LoginClientRegistration login = context.getBean(LoginClientRegistration.class);
			assertThat(login.flow()).isEqualTo(flow);
			assertThat(login.responseType()).isEqualTo(responseType);
		}
	}

}
