package com.userclouds.spring.autoconfigure.m2m;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * Repeats a token request after temporary faults (timeouts, connection errors, 5xx) with exponential backoff and
 * jitter, up to a number of attempts; refusals (4xx) and malformed answers fail at once. Written by hand: Spring
 * Security's token response clients make a single attempt, and a retry library would be a dependency for ten lines.
 */
final class RetryingTokenRequest implements Supplier<OAuth2AccessToken> {

	private static final Log logger = LogFactory.getLog(RetryingTokenRequest.class);

	@FunctionalInterface
	interface Sleeper {

		void sleep(Duration duration) throws InterruptedException;

	}

	private final String clientName;

	private final Supplier<OAuth2AccessToken> attempt;

	private final int maxAttempts;

	private final Duration initialBackoff;

	private final Duration maxBackoff;

	private final Sleeper sleeper;

	RetryingTokenRequest(String clientName, Supplier<OAuth2AccessToken> attempt, M2mProperties.Client client,
			Sleeper sleeper) {
		this.clientName = clientName;
		this.attempt = attempt;
		this.maxAttempts = client.getMaxAttempts();
		this.initialBackoff = client.getInitialBackoff();
		this.maxBackoff = client.getMaxBackoff();
		this.sleeper = sleeper;
	}

	@Override
	public OAuth2AccessToken get() {
		for (int attemptNumber = 1;; attemptNumber++) {
			try {
				return this.attempt.get();
			}
			catch (M2mTokenException ex) {
				if (!ex.isRetryable() || attemptNumber >= this.maxAttempts) {
					throw ex;
				}
				Duration backoff = backoff(attemptNumber);
				logger.info("Token request " + attemptNumber + " of " + this.maxAttempts + " failed, retrying in "
						+ backoff.toMillis() + " ms: " + ex.getMessage());
				pause(backoff, ex);
			}
		}
	}

	/**
	 * Wait before retry number {@code retry}: the initial backoff doubled per earlier retry, capped, then a random
	 * point in its upper half so that many instances failing together do not retry in lockstep.
	 */
	Duration backoff(int retry) {
		long ceiling = this.initialBackoff.toMillis() << Math.min(retry - 1, 30);
		long capped = Math.max(0, Math.min(ceiling, this.maxBackoff.toMillis()));
		long half = capped / 2;
		return Duration.ofMillis(half + ThreadLocalRandom.current().nextLong(capped - half + 1));
	}

	private void pause(Duration backoff, M2mTokenException failure) {
		try {
			this.sleeper.sleep(backoff);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw failure;
		}
	}

	@Override
	public String toString() {
		return "token request of M2M client '" + this.clientName + "'";
	}

}
