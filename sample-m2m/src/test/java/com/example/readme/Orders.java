package com.example.readme;

import org.springframework.stereotype.Service;
import org.springframework.web.client.RestClient;

import com.userclouds.spring.autoconfigure.m2m.UserCloudsRestClients;

@Service
class Orders {

	private final UserCloudsRestClients restClients;

	Orders(UserCloudsRestClients restClients) {
		this.restClients = restClients;
	}

	String list() {
		RestClient orders = this.restClients.get("orders");   // built once, then the same client
		return orders.get().uri("/api/orders").retrieve().body(String.class);
	}

}
