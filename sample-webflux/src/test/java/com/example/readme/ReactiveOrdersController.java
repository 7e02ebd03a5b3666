package com.example.readme;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.m2m.UserCloudsWebClients;
import com.userclouds.spring.autoconfigure.resource.RequireScopes;

@RestController
class ReactiveOrdersController {

	private final UserCloudsWebClients webClients;

	ReactiveOrdersController(UserCloudsWebClients webClients) {
		this.webClients = webClients;
	}

	@RequireScopes("orders:read")                      // checked before the method runs, whatever it returns
	@GetMapping("/api/orders")
	Flux<String> orders() {
		return Flux.fromIterable(List.of("keyboard", "mouse"));
	}

	@GetMapping("/api/whoami")                         // any valid access token
	Mono<String> whoami(Mono<JwtAuthenticationToken> caller) {
		return caller.map((token) -> token.getToken().getSubject());
	}

	@GetMapping("/invoices")
	Mono<String> invoices() {
		// deferred: a client without credentials fails the Mono (M2mClientNotConfiguredException) instead of throwing
		return Mono.defer(() -> this.webClients.get("billing").get().uri("/invoices").retrieve().bodyToMono(String.class));
	}

}
