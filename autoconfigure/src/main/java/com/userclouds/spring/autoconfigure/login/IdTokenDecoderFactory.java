package com.userclouds.spring.autoconfigure.login;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.userclouds.spring.autoconfigure.token.TokenClassification;
import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Decodes and validates ID tokens for every login flow: Spring Security's {@code oauth2Login} picks this bean up for
 * the code flows, and the hybrid and implicit flows use the same decoders. Signature with the tenant's keys
 * (asymmetric algorithms only, so {@code alg: none} and HMAC tokens are refused), {@link OidcIdTokenValidator}
 * ({@code iss} exact, {@code aud} contains the client id, {@code azp}, {@code exp}, {@code iat}), and the starter's
 * token-type rules, so an access token is never taken for an ID token. Nonce and token hashes depend on the
 * authorization request and are checked by the flows.
 */
public class IdTokenDecoderFactory implements JwtDecoderFactory<ClientRegistration> {

	/** Signature algorithms accepted for tokens from the tenant: asymmetric only. */
	static final List<SignatureAlgorithm> ASYMMETRIC_ALGORITHMS = List.of(SignatureAlgorithm.RS256,
			SignatureAlgorithm.RS384, SignatureAlgorithm.RS512, SignatureAlgorithm.PS256, SignatureAlgorithm.PS384,
			SignatureAlgorithm.PS512, SignatureAlgorithm.ES256, SignatureAlgorithm.ES384, SignatureAlgorithm.ES512);

	private final JWKSource<SecurityContext> keys;

	private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

	public IdTokenDecoderFactory(JWKSource<SecurityContext> keys) {
		this.keys = keys;
	}

	@Override
	public JwtDecoder createDecoder(ClientRegistration registration) {
		return this.decoders.computeIfAbsent(registration.getRegistrationId(), (id) -> build(registration));
	}

	private JwtDecoder build(ClientRegistration registration) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(this.keys)
			.jwsAlgorithms((algorithms) -> algorithms.addAll(ASYMMETRIC_ALGORITHMS))
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new OidcIdTokenValidator(registration),
				new IdTokenTypeValidator(registration.getClientId())));
		return decoder;
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
