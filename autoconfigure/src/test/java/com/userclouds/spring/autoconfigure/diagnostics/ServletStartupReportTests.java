package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/** {@link StartupReportTests} in a servlet application. */
class ServletStartupReportTests extends StartupReportTests {

	@Override
	AbstractApplicationContextRunner<?, ?, ?> webApplication() {
		return new WebApplicationContextRunner();
	}

}
