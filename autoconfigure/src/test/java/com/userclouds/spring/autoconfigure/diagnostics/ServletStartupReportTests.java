package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link StartupReportTests} in a servlet application, where login is on. */
class ServletStartupReportTests extends StartupReportTests {

	@Override
	AbstractApplicationContextRunner<?, ?, ?> webApplication() {
		return new WebApplicationContextRunner();
	}

	@Override
	String login() {
		return "flow HYBRID, response type code token, client id " + FakeTenant.CLIENT_ID + ", client secret set";
	}

	@Test
	void warnsOfALoginResponseTypeDiscoveryDoesNotList(CapturedOutput output) {
		assertThat(outputAfterDiscovery(output)).containsOnlyOnce("disagree")
			.contains("response type 'code token' (flow HYBRID) is not in the provider's response_types_supported");
	}

}
