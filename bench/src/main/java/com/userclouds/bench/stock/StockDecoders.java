package com.userclouds.bench.stock;

import java.util.Collection;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The decoder a Spring Security user writes by hand for a UserClouds tenant: {@link NimbusJwtDecoder} on the JWKS
 * URL, with Spring Security's default validators for the issuer (timestamps, {@code typ: JWT}, issuer) plus an
 * audience check. The reference of the benchmarks; it validates every token from scratch.
 */
public final class StockDecoders {

	private StockDecoders() {
	}

	public static NimbusJwtDecoder create(String tenantUrl) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(tenantUrl + "/.well-known/jwks.json").build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(tenantUrl),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.contains(tenantUrl))));
		return decoder;
	}

}
