package com.example.readme;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.resource.RequireScopes;

@RestController
class OrdersController {

	@RequireScopes("orders:read")                      // the token must carry orders:read
	@GetMapping("/api/orders")
	List<Order> orders() {
		return List.of(new Order("order-1", "keyboard"));
	}

	@RequireScopes(value = { "orders:write", "orders:admin" }, match = RequireScopes.Match.ANY)
	@PostMapping("/api/orders")
	Order create(@RequestBody Order order) {
		return order;
	}

	record Order(String id, String item) {
	}

}
