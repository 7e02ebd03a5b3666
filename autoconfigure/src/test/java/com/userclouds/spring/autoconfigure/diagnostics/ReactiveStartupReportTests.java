package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link StartupReportTests} in a reactive application, where login is off (servlet-only) though configured. */
class ReactiveStartupReportTests extends StartupReportTests {

	@Override
	AbstractApplicationContextRunner<?, ?, ?> webApplication() {
		return new ReactiveWebApplicationContextRunner();
	}

	@Override
	String login() {
		return "off";
	}

	@Test
	void saysNothingOfALoginThatIsOff(CapturedOutput output) {
		assertThat(outputAfterDiscovery(output)).doesNotContain("disagree").doesNotContain("response type");
	}

}
