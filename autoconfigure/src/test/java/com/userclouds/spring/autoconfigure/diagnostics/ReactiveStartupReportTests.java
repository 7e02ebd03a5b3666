package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;

/** {@link StartupReportTests} in a reactive application. */
class ReactiveStartupReportTests extends StartupReportTests {

	@Override
	AbstractApplicationContextRunner<?, ?, ?> webApplication() {
		return new ReactiveWebApplicationContextRunner();
	}

}
