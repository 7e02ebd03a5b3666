package com.userclouds.bench.stock;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reference resource server of the benchmarks, written the way the Spring Security reference shows, without the
 * starter: the same endpoints as sample-m2m ({@code GET /api/orders} needing the {@code orders:read} scope, an open
 * {@code GET /public/ping}), a hand-made {@link StockDecoders decoder}, and {@code @PreAuthorize} for the scope.
 * The tenant URL comes from {@code bench.tenant-url}.
 */
@SpringBootApplication
@EnableMethodSecurity
public class StockResourceServerApplication {

	public static void main(String[] args) {
		SpringApplication.run(StockResourceServerApplication.class, args);
	}

	@Bean
	JwtDecoder jwtDecoder(@Value("${bench.tenant-url}") String tenantUrl) {
		return StockDecoders.create(tenantUrl);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests((requests) -> requests.requestMatchers("/public/**")
			.permitAll()
			.anyRequest()
			.authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf((csrf) -> csrf.disable())
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt((jwt) -> {
			}));
		return http.build();
	}

	@RestController
	static class OrdersController {

		private final List<Order> orders = List.of(new Order(UUID.randomUUID().toString(), "keyboard", 1));

		@PreAuthorize("hasAuthority('SCOPE_orders:read')")
		@GetMapping("/api/orders")
		List<Order> orders() {
			return this.orders;
		}

		/**
		 * The same answer with no security at all (the bench sends it the same Authorization header): how fast
		 * {@code /api/orders} would be if checking the token cost nothing, the ceiling of the security-tax ratio.
		 */
		@GetMapping("/public/orders")
		List<Order> unguardedOrders() {
			return this.orders;
		}

		record Order(String id, String item, int quantity) {
		}

	}

	@RestController
	static class PingController {

		@GetMapping("/public/ping")
		Map<String, String> ping() {
			return Map.of("status", "ok");
		}

	}

}
