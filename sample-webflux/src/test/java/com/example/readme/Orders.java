package com.example.readme;

import reactor.core.publisher.Mono;

import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;

import com.userclouds.spring.autoconfigure.m2m.UserCloudsWebClients;

@Service
class Orders {

	private final WebClient orders;

	Orders(UserCloudsWebClients webClients) {
		this.orders = webClients.get("orders");   // base-url applied; built on Spring Boot's WebClient.Builder
	}

	Mono<String> list() {
		return this.orders.get().uri("/api/orders").retrieve().bodyToMono(String.class);
	}

}
