package com.userclouds.sample.webflux;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who called: any valid access token of the tenant may ask. WebFlux passes the exchange's principal, which the
 * resource-server chain has made the caller's {@link JwtAuthenticationToken}.
 */
@RestController
class WhoAmIController {

	@GetMapping("/api/whoami")
	Mono<Map<String, Object>> whoami(Mono<JwtAuthenticationToken> caller) {
		return caller.map(WhoAmIController::describe);
	}

	private static Map<String, Object> describe(JwtAuthenticationToken caller) {
		List<String> scopes = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("SCOPE_"))
			.map((authority) -> authority.substring("SCOPE_".length()))
			.toList();
		return Map.of("sub", caller.getToken().getSubject(), "scopes", scopes);
	}

}
