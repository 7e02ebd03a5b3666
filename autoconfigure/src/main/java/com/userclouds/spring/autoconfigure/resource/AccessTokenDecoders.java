package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.userclouds.spring.autoconfigure.resource.TokenRefusal.Reason;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;
import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Builds the decoder of the tenant's access tokens on Spring Security's {@link NimbusJwtDecoder}, with the tenant's
 * keys and Spring Security's default validators ({@link JwtValidators#createDefaultWithValidators}, which check
 * certificate-bound tokens) given the starter's rules: token type, issuer, audiences, clock skew, {@code iat}, and
 * the application's own validators.
 */
final class AccessTokenDecoders {


	private AccessTokenDecoders() {
	}

	/**
	 * @param loginClientId the client id of the application's own login, whose ID tokens must be refused; may be
	 * {@code null}
	 * @param additional the application's validators, run after the starter's
	 */
	static NimbusJwtDecoder create(UserCloudsTenant tenant, JWKSource<SecurityContext> keys,
			ResourceServerProperties properties, String loginClientId, Clock clock,
			List<OAuth2TokenValidator<Jwt>> additional) {
		SigningAlgorithms algorithms = new SigningAlgorithms(properties.getAlgorithms(), tenant, keys);
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(keys)
			.jwtProcessorCustomizer((processor) -> processor.setJWSKeySelector(algorithms))
			.build();
		decoder.setJwtValidator(validator(tenant, properties, loginClientId, clock, additional));
		return decoder;
	}

	static OAuth2TokenValidator<Jwt> validator(UserCloudsTenant tenant, ResourceServerProperties properties,
			String loginClientId, Clock clock, List<OAuth2TokenValidator<Jwt>> additional) {
		Set<String> audiences = audiences(tenant, properties);
		Duration clockSkew = properties.getClockSkew();
		TokenTypeRules rules = new TokenTypeRules(audiences,
				(loginClientId == null || loginClientId.isBlank()) ? List.of() : List.of(loginClientId));
		JwtTimestampValidator timestamps = new JwtTimestampValidator(clockSkew);
		timestamps.setAllowEmptyExpiryClaim(false);
		timestamps.setClock(clock);
		List<OAuth2TokenValidator<Jwt>> validators = new ArrayList<>();
		validators.add(new AccessTokenTypeValidator(rules, properties.isAcceptIdTokens()));
		validators.add(headerTypes());
		validators.add(TokenRefusal.because(Reason.WRONG_ISSUER, new JwtIssuerValidator(tenant.issuer())));
		validators.add(TokenRefusal.because(Reason.WRONG_AUDIENCE, new JwtClaimValidator<Collection<String>>(
				JwtClaimNames.AUD, (aud) -> aud != null && aud.stream().anyMatch(audiences::contains))));
		validators.add(timestamps);
		validators.add(new IssuedAtValidator(clockSkew, clock));
		validators.addAll(additional);
		return new AccessTokenValidation(JwtValidators.createDefaultWithValidators(validators), clockSkew, clock,
				properties.getDpop().isEnabled());
	}

	/**
	 * JWT, RFC 9068's access-token types, and no {@code typ} at all, ignoring case. The {@link AccessTokenTypeValidator}
	 * refuses every other type already; this one is here because without a {@link JwtTypeValidator} the chain
	 * builder adds its own, which accepts only {@code JWT} and would refuse RFC 9068 access tokens.
	 */
	private static JwtTypeValidator headerTypes() {
		JwtTypeValidator types = new JwtTypeValidator("JWT", "application/jwt", "at+jwt", "application/at+jwt");
		types.setAllowEmpty(true);
		return types;
	}

	private static Set<String> audiences(UserCloudsTenant tenant, ResourceServerProperties properties) {
		if (properties.getAudiences().isEmpty()) {
			return Set.of(tenant.issuer());
		}
		return Set.copyOf(properties.getAudiences());
	}

}
