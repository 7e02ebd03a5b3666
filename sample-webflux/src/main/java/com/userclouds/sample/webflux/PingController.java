package com.userclouds.sample.webflux;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outside the protected paths: answers without a token.
 */
@RestController
class PingController {

	@GetMapping("/public/ping")
	Map<String, String> ping() {
		return Map.of("status", "ok");
	}

}
