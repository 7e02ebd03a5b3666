package com.userclouds.spring.autoconfigure.login;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Stands in for {@code at_hash} when the provider leaves it out (UserClouds does): an access token that arrives in the
 * authorization response is accepted only if it is itself a JWT signed by the tenant, from the same issuer, still
 * valid, not an ID token, and about the same user as the ID token. Otherwise a token swapped in the redirect would go
 * unnoticed.
 */
final class FrontChannelAccessTokenCheck {

	private final NimbusJwtDecoder decoder;

	FrontChannelAccessTokenCheck(JWKSource<SecurityContext> keys, String issuer, String clientId) {
		this.decoder = NimbusJwtDecoder.withJwkSource(keys)
			.jwsAlgorithms((algorithms) -> algorithms.addAll(IdTokenDecoderFactory.ASYMMETRIC_ALGORITHMS))
			.build();
		TokenTypeRules rules = new TokenTypeRules(List.of(), List.of(clientId));
		this.decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtIssuerValidator(issuer),
				new JwtTimestampValidator(), (jwt) -> rules.classify(jwt.getHeaders(), jwt.getClaims()).isIdToken()
						? OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
								"An ID token was sent as the access token", null))
						: OAuth2TokenValidatorResult.success()));
	}

	void verify(String accessToken, OidcIdToken idToken) {
		Jwt jwt;
		try {
			jwt = this.decoder.decode(accessToken);
		}
		catch (JwtException ex) {
			throw LoginError.of("invalid_token",
					"The access token in the authorization response is not a valid token of the tenant: "
							+ ex.getMessage());
		}
		if (!idToken.getSubject().equals(jwt.getSubject())) {
			throw LoginError.of("invalid_token",
					"The access token in the authorization response is for another user");
		}
	}

}
