package com.userclouds.spring.autoconfigure.resource;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * An application using the starter the way its README says, for the full-stack tests.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({ ResourceServerTestApplication.OrdersController.class, ResourceServerTestApplication.AdminController.class,
		ResourceServerTestApplication.OtherController.class, ResourceServerTestApplication.ExportService.class })
class ResourceServerTestApplication {

	@RestController
	static class OrdersController {

		@RequireScopes("orders:read")
		@GetMapping("/api/orders")
		List<String> orders() {
			return List.of("order-1");
		}

		@RequireScopes("orders:write")
		@PostMapping("/api/orders")
		String create() {
			return "created";
		}

		@RequireScopes(value = { "orders:read", "orders:admin" }, match = RequireScopes.Match.ALL)
		@GetMapping("/api/orders/audit")
		String audit() {
			return "audit";
		}

		@RequireScopes(value = { "reports:read", "reports:admin" }, match = RequireScopes.Match.ANY)
		@GetMapping("/api/reports")
		String reports() {
			return "reports";
		}

		@RequireScopes("orders:read")
		@GetMapping("/api/orders/mono")
		Mono<List<String>> ordersLater() {
			return Mono.fromSupplier(() -> List.of("order-1"));
		}

		@RequireScopes("orders:read")
		@GetMapping("/api/orders/flux")
		Flux<String> orderStream() {
			return Flux.just("order-1");
		}

		/** Returns a {@code Publisher}: WebFlux's method security checks nothing else. */
		@PreAuthorize("hasAuthority('SCOPE_stats:read')")
		@GetMapping("/api/stats")
		Mono<String> stats() {
			return Mono.just("stats");
		}

	}

	@RestController
	@RequireScopes("admin")
	static class AdminController {

		@GetMapping("/api/admin")
		String admin() {
			return "admin";
		}

		@RequireScopes("admin:read")
		@GetMapping("/api/admin/read")
		String adminRead() {
			return "admin-read";
		}

	}

	/** Not a controller: {@link RequireScopes} is enforced by method security here (servlet stack only). */
	static class ExportService {

		@RequireScopes("reports:export")
		String export() {
			return "exported";
		}

	}

	@RestController
	static class OtherController {

		private final ObjectProvider<ExportService> exports;

		OtherController(ObjectProvider<ExportService> exports) {
			this.exports = exports;
		}

		@GetMapping("/api/export")
		String export() {
			return this.exports.getObject().export();
		}

		@GetMapping("/api/whoami")
		Map<String, Object> whoami(@AuthenticationPrincipal Jwt jwt) {
			return Map.of("sub", jwt.getSubject());
		}

		/** Needs Spring Security's servlet-API request wrapper on the servlet stack, the exchange's principal on WebFlux. */
		@GetMapping("/api/whoami/principal")
		String principalName(Principal principal) {
			return principal.getName();
		}

		/** Servlet only: the callable runs on another thread, after the filter chain has returned. */
		@GetMapping("/api/whoami/later")
		Callable<String> subjectLater() {
			return () -> SecurityContextHolder.getContext().getAuthentication().getName();
		}

		@GetMapping("/public/ping")
		String ping() {
			return "pong";
		}

	}

}
