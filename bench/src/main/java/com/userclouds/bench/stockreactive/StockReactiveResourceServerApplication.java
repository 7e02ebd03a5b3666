package com.userclouds.bench.stockreactive;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import reactor.core.publisher.Flux;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.bench.stock.StockDecoders;

/**
 * The reference reactive resource server of the benchmarks, written the way the Spring Security reference shows for
 * WebFlux, without the starter: the same endpoints and answers as the servlet
 * {@link com.userclouds.bench.stock.StockResourceServerApplication stock app} ({@code GET /api/orders} needing the
 * {@code orders:read} scope, an open {@code GET /public/ping}), the same hand-made
 * {@link StockDecoders#createReactive decoder} settings, and {@code @PreAuthorize} for the scope. The tenant URL comes
 * from {@code bench.tenant-url}.
 * <p>
 * Its package is not under {@code com.userclouds.bench.stock} so that neither stock app scans the other's beans.
 */
@SpringBootApplication
@EnableWebFluxSecurity
@EnableReactiveMethodSecurity
public class StockReactiveResourceServerApplication {

	public static void main(String[] args) {
		// run.sh starts it on a classpath without Spring MVC and Tomcat, but the bench module has both stacks:
		// started any other way it would deduce a servlet app
		new SpringApplicationBuilder(StockReactiveResourceServerApplication.class).web(WebApplicationType.REACTIVE)
			.run(args);
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(@Value("${bench.tenant-url}") String tenantUrl) {
		return StockDecoders.createReactive(tenantUrl);
	}

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http) {
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/public/**")
			.permitAll()
			.anyExchange()
			.authenticated())
			// the reactive spelling of the servlet app's SessionCreationPolicy.STATELESS: no WebSession per request
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.requestCache((cache) -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.oauth2ResourceServer((resourceServer) -> resourceServer.jwt(Customizer.withDefaults()));
		return http.build();
	}

	@RestController
	static class OrdersController {

		private final List<Order> orders = List.of(new Order(UUID.randomUUID().toString(), "keyboard", 1));

		/**
		 * Reactive method security needs a publisher to return. A {@code Flux}, as sample-webflux returns, so that
		 * the two apps encode the same JSON array the same way and differ in their security only.
		 */
		@PreAuthorize("hasAuthority('SCOPE_orders:read')")
		@GetMapping("/api/orders")
		Flux<Order> orders() {
			return Flux.fromIterable(this.orders);
		}

		/**
		 * The same answer with no security at all (under {@code /public/**}, which the chain permits): the most any
		 * token check could leave of {@code /public/ping}'s throughput on this stack.
		 */
		@GetMapping("/public/orders")
		Flux<Order> unguardedOrders() {
			return Flux.fromIterable(this.orders);
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
