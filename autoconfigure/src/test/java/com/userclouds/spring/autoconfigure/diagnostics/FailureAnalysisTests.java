package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.stream.Stream;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * A misconfigured application stops at startup with the starter's failure analysis, on either stack: Spring Boot's
 * report names the property and says what to do, however each stack's context wraps the failure. Real startups of
 * {@link DiagnosticsTestApplication}.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTests {

	static Stream<Arguments> misconfigurations() {
		return Stream.of(WebApplicationType.SERVLET, WebApplicationType.REACTIVE)
			.flatMap((stack) -> Stream.of(
					arguments(stack, "userclouds.tenant-url=", "'userclouds.tenant-url' is not set"),
					arguments(stack, "userclouds.tenant-url=http://acme.example.com",
							"'userclouds.tenant-url' is set to 'http://acme.example.com'"),
					arguments(stack, "userclouds.resource-server.algorithms=HS256",
							"'userclouds.resource-server.algorithms'"),
					arguments(stack, "userclouds.m2m.clients.orders.client-secret=orders-secret",
							"'userclouds.m2m.clients.orders.client-id'")));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("misconfigurations")
	void startupStopsWithTheStartersAnalysis(WebApplicationType stack, String setting, String description,
			CapturedOutput output) {
		SpringApplicationBuilder application = new SpringApplicationBuilder(DiagnosticsTestApplication.class).web(stack)
			.properties("userclouds.tenant-url=http://127.0.0.1:9", "server.port=0", "server.address=127.0.0.1")
			.properties(setting);
		assertThatException().isThrownBy(application::run);
		assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START")
			.contains(description)
			.containsPattern("Action:\\s+\\S");
	}

}
