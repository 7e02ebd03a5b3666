package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.Locale;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * Why a bearer token was accepted or refused: a fixed set, so the metric's tags stay few. Read from the exceptions of
 * Spring Security's {@code NimbusJwtDecoder} and the messages of the validators the starter configures (Spring
 * Security's timestamp, issuer and audience validators, the starter's token-type and issued-at validators); the
 * tests of this class run tokens through the real decoder, so a changed message shows up there.
 */
enum TokenValidationReason {

	VALID("valid"),

	EXPIRED("invalid"),

	NOT_YET_VALID("invalid"),

	WRONG_ISSUER("invalid"),

	WRONG_AUDIENCE("invalid"),

	/** An ID token (or another kind of JWT) where an access token is expected. */
	NOT_AN_ACCESS_TOKEN("invalid"),

	BAD_SIGNATURE("invalid"),

	/** Signed with a key id the tenant does not publish, or with an algorithm that is not allowed. */
	UNKNOWN_KEY("invalid"),

	MALFORMED("invalid"),

	/** Refused by a validator whose message is not one of the above. */
	OTHER("invalid"),

	/** The tenant's keys could not be fetched: the token was not judged. */
	KEYS_UNAVAILABLE("error");

	private final String outcome;

	TokenValidationReason(String outcome) {
		this.outcome = outcome;
	}

	/** {@code valid}, {@code invalid} or {@code error}. */
	String outcome() {
		return this.outcome;
	}

	/** The tag value, e.g. {@code wrong_audience}. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	static TokenValidationReason of(JwtException ex) {
		if (ex instanceof JwtValidationException validation) {
			return validation.getErrors()
				.stream()
				.map(TokenValidationReason::ofValidatorError)
				.filter((reason) -> reason != OTHER)
				.findFirst()
				.orElse(OTHER);
		}
		if (ex instanceof BadJwtException) {
			String message = String.valueOf(ex.getMessage());
			if (message.contains("Invalid signature")) {
				return BAD_SIGNATURE;
			}
			if (message.contains("no matching key") || message.contains("algorithm")) {
				return UNKNOWN_KEY;
			}
			if (message.contains("typ")) {
				return NOT_AN_ACCESS_TOKEN;
			}
			return MALFORMED;
		}
		return KEYS_UNAVAILABLE;
	}

	private static TokenValidationReason ofValidatorError(OAuth2Error error) {
		String description = String.valueOf(error.getDescription());
		if (description.startsWith("Not an access token")) {
			return NOT_AN_ACCESS_TOKEN;
		}
		if (description.startsWith("Jwt expired")) {
			return EXPIRED;
		}
		if (description.startsWith("Jwt used before") || description.contains("issued in the future")) {
			return NOT_YET_VALID;
		}
		if (description.contains("iss claim")) {
			return WRONG_ISSUER;
		}
		if (description.contains("aud claim")) {
			return WRONG_AUDIENCE;
		}
		return OTHER;
	}

}
