package com.userclouds.sample.m2m;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

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
	List<Order> orders() {
		return this.orders;
	}

	@RequireScopes("orders:write")
	@PostMapping("/api/orders")
	@ResponseStatus(HttpStatus.CREATED)
	Order create(@RequestBody Map<String, Object> request) {
		Object item = request.get("item");
		Object quantity = request.get("quantity");
		Order order = new Order(UUID.randomUUID().toString(), (item != null) ? item.toString() : "unnamed",
				(quantity instanceof Number number) ? number.intValue() : 1);
		this.orders.add(order);
		return order;
	}

	record Order(String id, String item, int quantity) {
	}

}
