package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The access token of one client, shared by every thread. Written by hand because Spring Security's
 * {@code OAuth2AuthorizedClientManager} lacks it: there, every thread that finds no valid token sends its own token
 * request, and a token is renewed only once it has expired, with callers waiting for the renewal.
 * <ul>
 * <li>Single flight: at most one token request per client is in flight, on the cache's executor; callers without a
 * usable token wait for it (servlet stack) or are called back when it completes (reactive stack).</li>
 * <li>Refresh ahead: from {@code refresh-before} ahead of expiry (at most half the lifetime) one background renewal
 * runs while callers keep getting the still-valid token; if it fails, the valid token keeps being served and renewal
 * is tried again after {@code renewalRetryInterval}.</li>
 * <li>The lifetime is counted from when the request was sent, by this cache's clock.</li>
 * </ul>
 */
final class SingleFlightTokenCache {

	private static final Log logger = LogFactory.getLog(SingleFlightTokenCache.class);

	private final String clientName;

	private final Supplier<OAuth2AccessToken> tokenRequest;

	private final Duration refreshBefore;

	private final Duration renewalRetryInterval;

	private final Clock clock;

	private final Executor executor;

	private final Object lock = new Object();

	private volatile CachedToken current;

	/** guarded by lock */
	private CompletableFuture<CachedToken> inFlight;

	/** guarded by lock */
	private Instant noRenewalBefore = Instant.MIN;

	SingleFlightTokenCache(String clientName, Supplier<OAuth2AccessToken> tokenRequest, Duration refreshBefore,
			Duration renewalRetryInterval, Clock clock, Executor executor) {
		this.clientName = clientName;
		this.tokenRequest = tokenRequest;
		this.refreshBefore = refreshBefore;
		this.renewalRetryInterval = renewalRetryInterval;
		this.clock = clock;
		this.executor = executor;
	}

	/**
	 * A valid access token without waiting: a completed future when one is cached, else a future of the one token
	 * request in flight (started now if there is none), which runs on this cache's executor. Each caller gets a
	 * future of its own, so one that cancels or completes it does not touch the others.
	 * <p>
	 * The one entry point of both stacks: the blocking {@link #token()} waits on it, a reactive caller adapts it,
	 * and neither thread ever runs the token request or its retries' back-off.
	 * @return a future that completes with the token, or exceptionally with an {@link M2mTokenException} if no valid
	 * token is cached and the token request fails
	 */
	CompletableFuture<OAuth2AccessToken> tokenAsync() {
		Instant now = this.clock.instant();
		CachedToken cached = this.current;
		if (cached != null && now.isBefore(cached.renewAt())) {
			return CompletableFuture.completedFuture(cached.token());
		}
		if (cached != null && now.isBefore(cached.expiresAt())) {
			renewInBackground(now);
			return CompletableFuture.completedFuture(cached.token());
		}
		return sharedFetch(now).thenApply(CachedToken::token);
	}

	/**
	 * A valid access token: the cached one, else one fetched now (shared with every other caller waiting for it).
	 * @throws M2mTokenException if no valid token is cached and the token request fails
	 */
	OAuth2AccessToken token() {
		return await(tokenAsync());
	}

	/**
	 * Forgets the token if it is still the cached one (an API refused it), so the next call fetches a new one. A
	 * token already replaced by a newer one is left alone.
	 */
	void invalidate(String rejectedTokenValue) {
		synchronized (this.lock) {
			CachedToken cached = this.current;
			if (cached != null && cached.token().getTokenValue().equals(rejectedTokenValue)) {
				this.current = null;
			}
		}
	}

	private void renewInBackground(Instant now) {
		synchronized (this.lock) {
			if (this.inFlight == null && !now.isBefore(this.noRenewalBefore)) {
				startFetch();
			}
		}
	}

	private CompletableFuture<CachedToken> sharedFetch(Instant now) {
		synchronized (this.lock) {
			if (this.inFlight != null) {
				return this.inFlight;
			}
			CachedToken cached = this.current;
			if (cached != null && now.isBefore(cached.expiresAt())) {
				// stored by a fetch that completed after this caller looked
				return CompletableFuture.completedFuture(cached);
			}
			return startFetch();
		}
	}

	/** Called with the lock held. */
	private CompletableFuture<CachedToken> startFetch() {
		CompletableFuture<CachedToken> fetch = CompletableFuture.supplyAsync(this::fetchAndStore, this.executor);
		this.inFlight = fetch;
		return fetch;
	}

	/**
	 * Runs on the executor. The request stops being in flight here, before its future completes: a caller completed
	 * by it that asks again at once must find the new token or start a new request, never the finished one.
	 */
	private CachedToken fetchAndStore() {
		Instant requestedAt = this.clock.instant();
		OAuth2AccessToken token;
		try {
			token = this.tokenRequest.get();
		}
		catch (RuntimeException | Error failure) {
			CachedToken stillServed;
			synchronized (this.lock) {
				this.inFlight = null;
				this.noRenewalBefore = this.clock.instant().plus(this.renewalRetryInterval);
				stillServed = this.current;
			}
			if (stillServed != null) {
				logger.warn("Renewing the token of M2M client '" + this.clientName
						+ "' failed; the current token is used until it expires: " + failure.getMessage());
			}
			throw failure;
		}
		CachedToken fetched = CachedToken.of(token, requestedAt, this.refreshBefore);
		synchronized (this.lock) {
			this.current = fetched;
			this.inFlight = null;
		}
		return fetched;
	}

	private OAuth2AccessToken await(CompletableFuture<OAuth2AccessToken> token) {
		try {
			return token.get();
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			throw new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw M2mTokenException.temporary(this.clientName, "interrupted while waiting for a token", null);
		}
	}

	/**
	 * A token with the instants that matter to the cache.
	 */
	record CachedToken(OAuth2AccessToken token, Instant renewAt, Instant expiresAt) {

		static CachedToken of(OAuth2AccessToken token, Instant requestedAt, Duration refreshBefore) {
			Duration lifetime = lifetime(token);
			Duration lead = (refreshBefore.compareTo(lifetime.dividedBy(2)) < 0) ? refreshBefore
					: lifetime.dividedBy(2);
			Instant expiresAt = requestedAt.plus(lifetime);
			return new CachedToken(token, expiresAt.minus(lead), expiresAt);
		}

		private static Duration lifetime(OAuth2AccessToken token) {
			if (token.getIssuedAt() == null || token.getExpiresAt() == null) {
				// Spring Security gives every token both; without them, treat the token as good for this call only
				return Duration.ZERO;
			}
			return Duration.between(token.getIssuedAt(), token.getExpiresAt());
		}

	}

}
