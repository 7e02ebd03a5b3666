package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens that passed full validation, keyed by their exact serialization, so that a client sending the same token
 * again costs a map lookup and two comparisons instead of parsing, a signature check and the claim validators.
 * Written by hand: Spring Security has no such cache, and a {@link ConcurrentHashMap} with a bound is all it takes,
 * so no cache library is added.
 * <ul>
 * <li>An entry ends at the token's {@code exp} (plus the clock skew); {@code exp} and {@code nbf} are checked again on
 * every hit. A token whose time claims no longer pass is handed back to full validation, which refuses it with the
 * usual answer.</li>
 * <li>Only validated tokens are put here: an invalid token never takes a place.</li>
 * <li>{@link #clear()} drops everything; a token validated before a clear and put after it is dropped too, so a key
 * removed from the tenant's key set cannot stay trusted through a request that was in flight.</li>
 * <li>At most {@code maxSize} entries: when full, expired entries go first, then about a tenth of the others.</li>
 * </ul>
 * Hits are lock-free and allocate nothing; puts (after a full validation, which costs far more) are serialized so the
 * bound holds exactly. Hits and misses are counted in {@link LongAdder}s, which metrics read when they are scraped,
 * so that counting costs a request no more than an uncontended add.
 */
final class ValidatedTokenCache {

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final int maxSize;

	private final long clockSkewMillis;

	private final Clock clock;

	private volatile long generation;

	private final LongAdder hits = new LongAdder();

	private final LongAdder misses = new LongAdder();

	/**
	 * @param maxSize the most tokens kept, at least 1
	 * @param clockSkew the tolerance applied to {@code exp} and {@code nbf}, as the validators apply it
	 * @param clock the clock the validators use
	 */
	ValidatedTokenCache(int maxSize, Duration clockSkew, Clock clock) {
		if (maxSize < 1) {
			throw new IllegalArgumentException("maxSize must be at least 1");
		}
		this.maxSize = maxSize;
		this.clockSkewMillis = clockSkew.toMillis();
		this.clock = clock;
	}

	/**
	 * The validated token for this serialization, or {@code null} when it is not here or its time claims no longer
	 * pass. Counted as a hit or a miss.
	 */
	Jwt get(String token) {
		Jwt jwt = find(token);
		((jwt != null) ? this.hits : this.misses).increment();
		return jwt;
	}

	/**
	 * The validated token for this serialization, or {@code null}; counted only when found, for a caller that goes on
	 * to {@link #get} (which counts the miss) when it is not.
	 */
	Jwt getIfPresent(String token) {
		Jwt jwt = find(token);
		if (jwt != null) {
			this.hits.increment();
		}
		return jwt;
	}

	/** Lookups answered from the cache since it was created. */
	long hitCount() {
		return this.hits.sum();
	}

	/** Lookups that found no usable token, so the token went to full validation. */
	long missCount() {
		return this.misses.sum();
	}

	private Jwt find(String token) {
		Entry entry = this.entries.get(token);
		if (entry == null) {
			return null;
		}
		long now = this.clock.millis();
		if (now >= entry.expiresAtMillis) {
			this.entries.remove(token, entry);
			return null;
		}
		return (now >= entry.notBeforeMillis) ? entry.jwt : null;
	}

	/**
	 * What {@link #put} needs to tell whether a {@link #clear()} happened while the token was being validated: read
	 * it before validating.
	 */
	long generation() {
		return this.generation;
	}

	/**
	 * Remembers a token that passed full validation, unless the cache was cleared since {@code generation} was read,
	 * or the token has no {@code exp}.
	 */
	void put(String token, Jwt jwt, long generation) {
		Instant expiresAt = jwt.getExpiresAt();
		if (expiresAt == null) {
			return;
		}
		Instant notBefore = jwt.getNotBefore();
		Entry entry = new Entry(jwt, (notBefore != null) ? notBefore.toEpochMilli() - this.clockSkewMillis : Long.MIN_VALUE,
				expiresAt.toEpochMilli() + this.clockSkewMillis);
		synchronized (this) {
			if (generation != this.generation) {
				return;
			}
			if (!this.entries.containsKey(token) && this.entries.size() >= this.maxSize) {
				makeRoom();
			}
			this.entries.put(token, entry);
		}
	}

	/** Drops every token, e.g. because the tenant's key set changed. */
	void clear() {
		synchronized (this) {
			this.generation++;
			this.entries.clear();
		}
	}

	int size() {
		return this.entries.size();
	}

	private void makeRoom() {
		long now = this.clock.millis();
		this.entries.values().removeIf((entry) -> now >= entry.expiresAtMillis);
		// no usage order is tracked (that would cost every hit a write); the map's order is as good as random here
		int target = this.maxSize - Math.max(1, this.maxSize / 10);
		Iterator<String> tokens = this.entries.keySet().iterator();
		while (this.entries.size() > target && tokens.hasNext()) {
			tokens.next();
			tokens.remove();
		}
	}

	private record Entry(Jwt jwt, long notBeforeMillis, long expiresAtMillis) {
	}

}
