package com.userclouds.spring.autoconfigure.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Claims to authorities: the default {@code scope}/{@code scp} mapping, custom mappings, and claims of odd shapes.
 */
class ClaimAuthoritiesConverterTests {

	private static List<String> authorities(List<ResourceServerProperties.AuthorityMapping> mappings,
			Map<String, Object> claims) {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claims((c) -> c.putAll(claims))
			.issuedAt(Instant.now()).build();
		return new ClaimAuthoritiesConverter(mappings).convert(jwt)
			.stream()
			.map(GrantedAuthority::getAuthority)
			.toList();
	}

	private static List<String> defaults(Map<String, Object> claims) {
		return authorities(new ResourceServerProperties().getAuthorities(), claims);
	}

	@Test
	void readsScopeAndScpTogether() {
		assertThat(defaults(Map.of("scope", "orders:read  profile", "scp", List.of("orders:write", "profile"))))
			.containsExactly("SCOPE_orders:read", "SCOPE_profile", "SCOPE_orders:write");
	}

	@Test
	void readsScpAsAString() {
		assertThat(defaults(Map.of("scp", "a b"))).containsExactly("SCOPE_a", "SCOPE_b");
	}

	@Test
	void ignoresValuesOfTheWrongType() {
		assertThat(defaults(Map.of("scope", 42, "scp", List.of(1, "ok", Map.of("x", "y"))))).containsExactly("SCOPE_ok");
		assertThat(defaults(Map.of("scope", "  "))).isEmpty();
	}

	@Test
	void mapsConfiguredClaimsWithTheirPrefixes() {
		List<ResourceServerProperties.AuthorityMapping> mappings = List.of(
				new ResourceServerProperties.AuthorityMapping("roles", "ROLE_"),
				new ResourceServerProperties.AuthorityMapping("groups", null));
		assertThat(authorities(mappings, Map.of("roles", List.of("admin"), "groups", "ops", "scope", "x")))
			.containsExactly("ROLE_admin", "ops");
	}

}
