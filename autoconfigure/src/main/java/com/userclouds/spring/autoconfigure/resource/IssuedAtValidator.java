package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Refuses a token issued in the future (beyond the clock skew). Written by hand because Spring Security's
 * {@code JwtIssuedAtValidator} also refuses tokens issued longer ago than the skew, which suits DPoP proofs, not
 * access tokens that live for hours.
 */
final class IssuedAtValidator implements OAuth2TokenValidator<Jwt> {

	private final Duration clockSkew;

	private final Clock clock;

	IssuedAtValidator(Duration clockSkew, Clock clock) {
		this.clockSkew = clockSkew;
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		Instant issuedAt = token.getIssuedAt();
		if (issuedAt != null && issuedAt.isAfter(this.clock.instant().plus(this.clockSkew))) {
			return TokenRefusal.failure(TokenRefusal.Reason.NOT_YET_VALID, "The token is issued in the future");
		}
		return OAuth2TokenValidatorResult.success();
	}

}
