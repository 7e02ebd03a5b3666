package com.userclouds.spring.autoconfigure.diagnostics;

import java.text.ParseException;
import java.util.Locale;

import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.userclouds.spring.autoconfigure.resource.TokenRefusal;

/**
 * Why a bearer token was accepted or refused: a fixed set, so the metric's tags stay few. Read from types, never from
 * messages: the {@link TokenRefusal.Reason} that each of the starter's validators gives its error, and the type of
 * the Nimbus exception behind a token that could not be decoded.
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

	/** Bound to a client certificate or DPoP key that the request did not prove (RFC 8705, RFC 9449). */
	UNPROVEN_BINDING("invalid"),

	/** Refused by a validator that gives no reason, such as one of the application's. */
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
				.filter(TokenRefusal.class::isInstance)
				.map((error) -> of(((TokenRefusal) error).getReason()))
				.findFirst()
				.orElse(OTHER);
		}
		if (ex instanceof BadJwtException) {
			return ofDecodingFailure(ex.getCause());
		}
		return KEYS_UNAVAILABLE;
	}

	private static TokenValidationReason of(TokenRefusal.Reason reason) {
		return switch (reason) {
			case EXPIRED -> EXPIRED;
			case NOT_YET_VALID -> NOT_YET_VALID;
			case WRONG_ISSUER -> WRONG_ISSUER;
			case WRONG_AUDIENCE -> WRONG_AUDIENCE;
			case NOT_AN_ACCESS_TOKEN -> NOT_AN_ACCESS_TOKEN;
			case UNPROVEN_BINDING -> UNPROVEN_BINDING;
		};
	}

	/**
	 * By the type of what Nimbus threw, which {@code NimbusJwtDecoder} keeps as the cause: a signature that does not
	 * verify ({@link BadJWSException}); a token or payload that does not parse ({@link ParseException}); no key for
	 * the token's {@code kid} and allowed algorithms, or a JWE (any other {@link BadJOSEException}). Spring Security
	 * refuses an unsigned token ({@code alg: none}) itself, with no cause: an algorithm that is not allowed.
	 */
	private static TokenValidationReason ofDecodingFailure(Throwable cause) {
		if (cause == null) {
			return UNKNOWN_KEY;
		}
		if (cause instanceof BadJWSException) {
			return BAD_SIGNATURE;
		}
		if (cause instanceof ParseException || cause.getCause() instanceof ParseException) {
			return MALFORMED;
		}
		return (cause instanceof BadJOSEException) ? UNKNOWN_KEY : MALFORMED;
	}

}
