package com.userclouds.sample.m2m;

import java.util.List;
import java.util.Map;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who called: any valid access token of the tenant may ask.
 */
@RestController
class WhoAmIController {

	@GetMapping("/api/whoami")
	Map<String, Object> whoami(JwtAuthenticationToken caller) {
		List<String> scopes = caller.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter((authority) -> authority.startsWith("SCOPE_"))
			.map((authority) -> authority.substring("SCOPE_".length()))
			.toList();
		return Map.of("sub", caller.getToken().getSubject(), "scopes", scopes);
	}

}
