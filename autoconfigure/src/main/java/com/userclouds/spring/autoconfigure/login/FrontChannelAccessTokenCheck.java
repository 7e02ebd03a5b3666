package com.userclouds.spring.autoconfigure.login;

import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Stands in for {@code at_hash} when the provider leaves it out (UserClouds does): an access token that arrives in the
 * authorization response is accepted only if it is itself a JWT signed by the tenant with an allowed algorithm, from
 * the same issuer, still valid, not an ID token, about the same user as the ID token, and not issued to another
 * client. Otherwise a token swapped in the redirect would go unnoticed.
 */
final class FrontChannelAccessTokenCheck {

	/** RFC 9068's claim naming the client a token was issued to. */
	private static final String CLIENT_ID = "client_id";

	private final NimbusJwtDecoder decoder;

	private final String issuer;

	private final String clientId;

	/**
	 * @param algorithms selects among {@code keys} for the algorithms allowed (the ID tokens')
	 */
	FrontChannelAccessTokenCheck(JWKSource<SecurityContext> keys, JWSKeySelector<SecurityContext> algorithms,
			String issuer, String clientId) {
		this.issuer = issuer;
		this.clientId = clientId;
		this.decoder = IdTokenDecoderFactory.tenantTokenDecoder(keys, algorithms);
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
			throw LoginError.of("invalid_token", "The access token in the authorization response is for another user");
		}
		if (!issuedToThisClient(jwt)) {
			throw LoginError.of("invalid_token",
					"The access token in the authorization response was issued to another client");
		}
	}

	/**
	 * A token that names its client ({@code azp}, or RFC 9068's {@code client_id}) must name this one. UserClouds' user
	 * access tokens name none ({@code aud} = [tenant URL], no {@code azp}): for them the subject is the only binding
	 * there is, and an {@code aud} must still name the tenant or this client, not only another one.
	 */
	private boolean issuedToThisClient(Jwt jwt) {
		String authorizedParty = jwt.getClaimAsString(IdTokenClaimNames.AZP);
		String client = jwt.getClaimAsString(CLIENT_ID);
		if (authorizedParty != null || client != null) {
			return (authorizedParty == null || authorizedParty.equals(this.clientId))
					&& (client == null || client.equals(this.clientId));
		}
		List<String> audience = jwt.getAudience();
		return audience != null && (audience.contains(this.issuer) || audience.contains(this.clientId));
	}

}
