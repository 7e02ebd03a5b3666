package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application with the starter and the actuator, for the health and metrics tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(DiagnosticsTestApplication.PingController.class)
class DiagnosticsTestApplication {

	@RestController
	static class PingController {

		@GetMapping("/api/ping")
		String ping() {
			return "pong";
		}

	}

}
