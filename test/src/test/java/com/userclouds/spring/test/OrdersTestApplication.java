package com.userclouds.spring.test;

import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.resource.RequireScopes;

/**
 * A small API protected by the starter: what an application under test looks like.
 */
@SpringBootApplication
class OrdersTestApplication {

	@RestController
	static class OrdersController {

		@RequireScopes("orders:read")
		@GetMapping("/api/orders")
		List<String> orders() {
			return List.of("keyboard");
		}

		@GetMapping("/api/whoami")
		Map<String, Object> whoami(@AuthenticationPrincipal Jwt jwt) {
			return Map.of("sub", jwt.getSubject());
		}

	}

}
