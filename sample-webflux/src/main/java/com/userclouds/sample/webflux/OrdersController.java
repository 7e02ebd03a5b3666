package com.userclouds.sample.webflux;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.resource.RequireScopes;

/**
 * The protected API: reading orders needs the {@code orders:read} scope, creating one {@code orders:write}. Orders
 * live in memory.
 */
@RestController
class OrdersController {

	private final List<Order> orders = new CopyOnWriteArrayList<>(
			List.of(new Order(UUID.randomUUID().toString(), "keyboard", 1)));

	@RequireScopes("orders:read")
	@GetMapping("/api/orders")
	Flux<Order> orders() {
		return Flux.fromIterable(this.orders);
	}

	@RequireScopes("orders:write")
	@PostMapping("/api/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Mono<Order> create(@RequestBody Mono<Map<String, Object>> request) {
		return request.map(OrdersController::newOrder).doOnNext(this.orders::add);
	}

	private static Order newOrder(Map<String, Object> request) {
		Object item = request.get("item");
		Object quantity = request.get("quantity");
		return new Order(UUID.randomUUID().toString(), (item != null) ? item.toString() : "unnamed",
				(quantity instanceof Number number) ? number.intValue() : 1);
	}

	record Order(String id, String item, int quantity) {
	}

}
