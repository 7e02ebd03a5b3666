package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * A validation error of the starter's access-token validators that says, as a {@link Reason}, why the token was
 * refused: metrics and logs read the reason, never the description, which stays free to change. The client sees an
 * ordinary {@code invalid_token} error.
 */
public final class TokenRefusal extends OAuth2Error {

	private static final long serialVersionUID = 1L;

	/** Why a validator refused the token. */
	public enum Reason {

		/** {@code exp} is missing or past (beyond the clock skew). */
		EXPIRED,

		/** {@code nbf} or {@code iat} is in the future (beyond the clock skew). */
		NOT_YET_VALID,

		WRONG_ISSUER,

		WRONG_AUDIENCE,

		/** An ID token (or another kind of JWT) where an access token is expected. */
		NOT_AN_ACCESS_TOKEN,

		/**
		 * Bound to a client certificate or a DPoP key ({@code cnf}) that the request did not prove, or with a
		 * {@code cnf} claim that cannot be read.
		 */
		UNPROVEN_BINDING

	}

	private final Reason reason;

	TokenRefusal(Reason reason, String description) {
		super(OAuth2ErrorCodes.INVALID_TOKEN, description, null);
		this.reason = reason;
	}

	private TokenRefusal(Reason reason, OAuth2Error error) {
		super(error.getErrorCode(), error.getDescription(), error.getUri());
		this.reason = reason;
	}

	public Reason getReason() {
		return this.reason;
	}

	static OAuth2TokenValidatorResult failure(Reason reason, String description) {
		return OAuth2TokenValidatorResult.failure(new TokenRefusal(reason, description));
	}

	/**
	 * Spring Security's {@code validator}, with each of its errors given {@code reason}.
	 */
	static OAuth2TokenValidator<Jwt> because(Reason reason, OAuth2TokenValidator<Jwt> validator) {
		return (token) -> withReason(reason, validator.validate(token));
	}

	/** The result with every error that carries no reason given {@code reason}. */
	static OAuth2TokenValidatorResult withReason(Reason reason, OAuth2TokenValidatorResult result) {
		if (!result.hasErrors()) {
			return result;
		}
		List<OAuth2Error> errors = result.getErrors()
			.stream()
			.map((error) -> (error instanceof TokenRefusal) ? error : new TokenRefusal(reason, error))
			.toList();
		return OAuth2TokenValidatorResult.failure(errors);
	}

}
