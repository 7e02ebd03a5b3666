package com.example.readme;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.resource.RequireScopes;

/**
 * The WebFlux application README's WebTestClient example tests, so that the example compiles and runs. Its package is
 * outside this module's own tests, which never scan it.
 */
@SpringBootApplication
class ReadmeApplication {

	@RestController
	static class OrdersController {

		@RequireScopes("orders:read")
		@GetMapping("/api/orders")
		Mono<List<String>> orders() {
			return Mono.just(List.of("keyboard"));
		}

	}

}
