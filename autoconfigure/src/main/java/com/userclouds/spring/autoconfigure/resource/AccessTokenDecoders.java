package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;
import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Builds the decoder of the tenant's access tokens on Spring Security's {@link NimbusJwtDecoder}, with the tenant's
 * keys and the starter's own validators. Spring Security's default validators are not used: they accept only
 * {@code typ: JWT}, so RFC 9068 access tokens ({@code at+jwt}) would be refused, and they check no audience and no
 * token type.
 */
final class AccessTokenDecoders {

	/** JWT, RFC 9068's access-token types, and no {@code typ} at all; {@link JOSEObjectType} compares ignoring case. */
	private static final DefaultJOSEObjectTypeVerifier<SecurityContext> TYPE_VERIFIER = new DefaultJOSEObjectTypeVerifier<>(
			JOSEObjectType.JWT, new JOSEObjectType("application/jwt"), new JOSEObjectType("at+jwt"),
			new JOSEObjectType("application/at+jwt"), null);

	private AccessTokenDecoders() {
	}

	/**
	 * @param loginClientId the client id of the application's own login, whose ID tokens must be refused; may be
	 * {@code null}
	 */
	static NimbusJwtDecoder create(UserCloudsTenant tenant, JWKSource<SecurityContext> keys,
			ResourceServerProperties properties, String loginClientId, Clock clock) {
		SigningAlgorithms algorithms = new SigningAlgorithms(properties.getAlgorithms(), tenant, keys);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys).jwtProcessorCustomizer((processor) -> {
			processor.setJWSTypeVerifier(TYPE_VERIFIER);
			processor.setJWSKeySelector(algorithms);
		}).build();
		decoder.setJwtValidator(validator(tenant, properties, loginClientId, clock));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(UserCloudsTenant tenant, ResourceServerProperties properties,
			String loginClientId, Clock clock) {
		Set<String> audiences = audiences(tenant, properties);
		Duration clockSkew = properties.getClockSkew();
		TokenTypeRules rules = new TokenTypeRules(audiences,
				(loginClientId == null || loginClientId.isBlank()) ? List.of() : List.of(loginClientId));
		JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
		timestamps.setAllowEmptyExpiryClaim(false);
		timestamps.setClock(clock);
		return new DelegatingOAuth2TokenValidator<>(new AccessTokenTypeValidator(rules, properties.isAcceptIdTokens()),
				new JwtIssuerValidator(tenant.issuer()),
				new JwtClaimValidator<Collection<String>>(JwtClaimNames.AUD,
						(aud) -> aud != null && aud.stream().anyMatch(audiences::contains)),
				timestamps, new IssuedAtValidator(clockSkew, clock));
	}

	private static Set<String> audiences(UserCloudsTenant tenant, ResourceServerProperties properties) {
		if (properties.getAudiences().isEmpty()) {
			return Set.of(tenant.issuer());
		}
		return Set.copyOf(properties.getAudiences());
	}

}
