package com.userclouds.spring.autoconfigure.login;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.userclouds.spring.autoconfigure.resource.SigningAlgorithms;
import com.userclouds.spring.autoconfigure.token.TokenClassification;
import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Decodes and validates ID tokens for every login flow: Spring Security's {@code oauth2Login} picks this bean up for
 * the code flows, the hybrid and implicit flows use the same decoders, and so does the check of a refresh response's
 * ID token. Signature with the tenant's keys and an allowed algorithm ({@link SigningAlgorithms}: the configured
 * allow-list, else RS256 and what the tenant advertises; asymmetric only, so {@code alg: none} and HMAC tokens are
 * refused), {@link OidcIdTokenValidator} ({@code iss} exact, {@code aud} contains the client id, {@code azp},
 * {@code exp}, {@code iat}), and the starter's token-type rules, so an access token is never taken for an ID token. Nonce and token hashes depend on the
 * authorization request and are checked by the flows.
 */
public class IdTokenDecoderFactory implements JwtDecoderFactory<ClientRegistration> {

	private final JWKSource<SecurityContext> keys;

	private final JWSKeySelector<SecurityContext> algorithms;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	/**
	 * @param keys the tenant's keys
	 * @param algorithms selects among {@code keys} for the algorithms allowed, e.g. {@link SigningAlgorithms}
	 */
	public IdTokenDecoderFactory(JWKSource<SecurityContext> keys, JWSKeySelector<SecurityContext> algorithms) {
		this.keys = keys;
		this.algorithms = algorithms;
	}

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		return this.decoders.computeIfAbsent(registration.getRegistrationId(), (id) -> build(registration));
	}

	private JwtDecoder build(ClientRegistration registration) {
		NimbusJwtDecoder decoder = tenantTokenDecoder(this.keys, this.algorithms);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new OidcIdTokenValidator(registration),
				new IdTokenTypeValidator(registration.getClientId())));
		return decoder;
	}

	/**
	 * A decoder of the tenant's tokens whose signature algorithm and key {@code algorithms} selects; Spring Security's
	 * builder takes a fixed list of algorithms, which cannot follow discovery (see {@link SigningAlgorithms}).
	 */
	static NimbusJwtDecoder tenantTokenDecoder(JWKSource<SecurityContext> keys,
			JWSKeySelector<SecurityContext> algorithms) {
		return NimbusJwtDecoder.withJwkSource(keys)
			.jwtProcessorCustomizer((processor) -> processor.setJWSKeySelector(algorithms))
			.build();
	}

	/**
	 * Refuses tokens that {@link TokenTypeRules} does not classify as ID tokens.
	 */
	static final class IdTokenTypeValidator implements OAuth2TokenValidator<Jwt> {

		private final TokenTypeRules rules;

		IdTokenTypeValidator(String clientId) {
			this.rules = new TokenTypeRules(List.of(), List.of(clientId));
		}

		@Override
		public OAuth2TokenValidatorResult validate(Jwt token) {
			TokenClassification classification = this.rules.classify(token.getHeaders(), token.getClaims());
			if (classification.isIdToken()) {
				return OAuth2TokenValidatorResult.success();
			}
			return OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_id_token",
					"Not an ID token (" + classification.reason() + ")", null));
		}

	}

}
