package com.userclouds.spring.autoconfigure.resource;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which scopes a caller holds: read from {@code scope} and {@code scp} exactly as {@link ClaimValues#of(Object)} reads
 * them, and from {@code SCOPE_*} authorities.
 */
class GrantedScopesTests {

	private static final List<Object> CLAIMS = List.of("orders:read", "profile orders:read", " orders:read\t",
			"orders:reader", "xorders:read", "orders:read:all", "orders:readorders:read", "a\norders:read\rb",
			"orders:\u00a0read", "", List.of("orders:read"), List.of("profile", "orders:read admin"), List.of(7, "x"),
			42, Map.of("orders:read", true));

	private static final List<String> SCOPES = List.of("orders:read", "orders", "read", "profile", "admin", "x", "",
			"orders:read profile");

	@Test
	void claimsAreReadAsTheSetOfTheirValuesWouldBe() {
		for (Object claim : CLAIMS) {
			for (String scope : SCOPES) {
				assertThat(ClaimValues.contains(claim, scope)).as("%s in %s", scope, claim)
					.isEqualTo(ClaimValues.of(claim).contains(scope));
			}
		}
	}

	@Test
	void scopeAndScpClaimsBothCount() {
		assertThat(GrantedScopes.has(jwt(Map.of("scope", "a b")), "b")).isTrue();
		assertThat(GrantedScopes.has(jwt(Map.of("scp", List.of("a", "c"))), "c")).isTrue();
		assertThat(GrantedScopes.has(jwt(Map.of("scope", "a b")), "c")).isFalse();
	}

	@Test
	void scopeAuthoritiesCountForOtherCallers() {
		Authentication caller = new TestingAuthenticationToken("u", null, "SCOPE_orders:read", "ROLE_orders:write");
		assertThat(GrantedScopes.has(caller, "orders:read")).isTrue();
		assertThat(GrantedScopes.has(caller, "orders:write")).isFalse();
		assertThat(GrantedScopes.has(caller, "orders")).isFalse();
	}

	private static Authentication jwt(Map<String, Object> claims) {
		Jwt jwt = Jwt.withTokenValue("t").header("alg", "RS256").claims((c) -> c.putAll(claims))
			.issuedAt(Instant.now()).build();
		return new JwtAuthenticationToken(jwt, List.of());
	}

}
