package com.userclouds.spring.autoconfigure.token;

import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.oauth2.core.endpoint.DefaultMapOAuth2AccessTokenResponseConverter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;

/**
 * Reads a token response like Spring Security does, but gives the access token a real lifetime when the response has
 * no {@code expires_in}. UserClouds never sends one; Spring Security then assumes one second, so every cached token
 * looks expired at once and every call fetches a new one. The lifetime is taken from the access token's JWT
 * {@code exp}; an opaque token gets the configured fallback lifetime.
 * <p>
 * The JWT is read without checking its signature: it arrived straight from the token endpoint over an authenticated
 * channel, and its {@code exp} only decides when to ask for a new token, never what the token grants.
 */
public final class ExpiryFromJwtTokenResponseConverter implements Converter<Map<String, Object>, OAuth2AccessTokenResponse> {

	/** Lifetime given to an opaque access token without {@code expires_in}, unless configured otherwise. */
	public static final Duration DEFAULT_OPAQUE_TOKEN_LIFETIME = Duration.ofMinutes(5);

	private final Converter<Map<String, Object>, OAuth2AccessTokenResponse> delegate = new DefaultMapOAuth2AccessTokenResponseConverter();

	private final Duration opaqueTokenLifetime;

	private final Clock clock;

	public ExpiryFromJwtTokenResponseConverter() {
		this(DEFAULT_OPAQUE_TOKEN_LIFETIME, Clock.systemUTC());
	}

	public ExpiryFromJwtTokenResponseConverter(Duration opaqueTokenLifetime, Clock clock) {
		this.opaqueTokenLifetime = opaqueTokenLifetime;
		this.clock = clock;
	}

	@Override
	public OAuth2AccessTokenResponse convert(Map<String, Object> parameters) {
		OAuth2AccessTokenResponse response = this.delegate.convert(parameters);
		if (response == null || hasExpiresIn(parameters)) {
			return response;
		}
		return OAuth2AccessTokenResponse.withResponse(response)
			.expiresIn(lifetimeSeconds(response.getAccessToken().getTokenValue()))
			.build();
	}

	private static boolean hasExpiresIn(Map<String, Object> parameters) {
		Object expiresIn = parameters.get(OAuth2ParameterNames.EXPIRES_IN);
		return expiresIn != null && !expiresIn.toString().isBlank();
	}

	/**
	 * Seconds the access token stays valid from now: from its JWT {@code exp}, else the opaque-token lifetime. At
	 * least one second, as Spring Security treats zero as "unknown".
	 */
	long lifetimeSeconds(String accessToken) {
		Instant expiresAt = jwtExpiry(accessToken);
		Duration lifetime = (expiresAt != null) ? Duration.between(this.clock.instant(), expiresAt)
				: this.opaqueTokenLifetime;
		return Math.max(1, lifetime.getSeconds());
	}

	private static Instant jwtExpiry(String token) {
		try {
			JWT jwt = JWTParser.parse(token);
			if (!(jwt instanceof SignedJWT)) {
				return null;
			}
			Date exp = jwt.getJWTClaimsSet().getExpirationTime();
			return (exp != null) ? exp.toInstant() : null;
		}
		catch (ParseException ex) {
			return null;
		}
	}

}
