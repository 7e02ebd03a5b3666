package com.userclouds.bench.stock;

import java.util.Collection;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;

/**
 * The decoders a Spring Security user writes by hand for a UserClouds tenant: Nimbus on the JWKS URL, with Spring
 * Security's default validators for the issuer (timestamps, {@code typ: JWT}, issuer) plus an audience check. The
 * references of the benchmarks; they validate every token from scratch. The servlet and the reactive decoder share
 * the URL and the validators, so that the two stock apps differ in their stack only.
 */
public final class StockDecoders {

	private StockDecoders() {
	}

	public static NimbusJwtDecoder create(String tenantUrl) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri(tenantUrl)).build();
		decoder.setJwtValidator(validator(tenantUrl));
		return decoder;
	}

	/**
	 * Needs WebFlux on the classpath (the keys are fetched with a {@code WebClient}); only the stock reactive app
	 * calls it.
	 */
	public static NimbusReactiveJwtDecoder createReactive(String tenantUrl) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri(tenantUrl)).build();
		decoder.setJwtValidator(validator(tenantUrl));
		return decoder;
	}

	private static String jwkSetUri(String tenantUrl) {
		return tenantUrl + "/.well-known/jwks.json";
	}

	private static OAuth2TokenValidator<Jwt> validator(String tenantUrl) {
		return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(tenantUrl),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.contains(tenantUrl)));
	}

}
