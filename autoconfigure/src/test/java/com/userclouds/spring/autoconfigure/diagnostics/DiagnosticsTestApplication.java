package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * An application with the starter and the actuator, for the health endpoint tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class DiagnosticsTestApplication {

}
