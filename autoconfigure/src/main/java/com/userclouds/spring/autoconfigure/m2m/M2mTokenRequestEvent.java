package com.userclouds.spring.autoconfigure.m2m;

/**
 * Published after each attempt to get a token from the token endpoint for an M2M client (every retry counts), for
 * metrics. Carries no token and no secret.
 *
 * @param client the client's name under {@code userclouds.m2m.clients}
 * @param outcome what came of it
 */
public record M2mTokenRequestEvent(String client, Outcome outcome) {

	public enum Outcome {

		/** A token was issued. */
		SUCCESS,

		/** A timeout, connection error or 5xx: tried again while attempts remain. */
		TEMPORARY_FAILURE,

		/** Refused (4xx) or an unusable answer: not tried again. */
		REJECTED

	}

	static M2mTokenRequestEvent failure(String client, M2mTokenException ex) {
		return new M2mTokenRequestEvent(client, ex.isRetryable() ? Outcome.TEMPORARY_FAILURE : Outcome.REJECTED);
	}

}
