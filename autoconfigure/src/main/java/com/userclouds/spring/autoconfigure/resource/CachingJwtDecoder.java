package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.userclouds.spring.autoconfigure.tenant.TenantJwkSource;

/**
 * A {@link JwtDecoder} that answers a token it validated before from a {@link ValidatedTokenCache}, and hands every
 * other token to the full decoder. What the full decoder refuses is never remembered, nor is a token bound to a client
 * certificate or key ({@code cnf}): its validation holds for the request that proved the binding, not for the next
 * request with the same token. A hit involves no I/O, so the reactive stack answers it on the event loop
 * ({@link ImmediateJwtDecoder}).
 */
final class CachingJwtDecoder implements ImmediateJwtDecoder, ValidatedTokenCacheStatistics {

	private final JwtDecoder decoder;

	private final ValidatedTokenCache cache;

	CachingJwtDecoder(JwtDecoder decoder, ValidatedTokenCache cache) {
		this.decoder = decoder;
		this.cache = cache;
	}

	/**
	 * The decoder behind a cache emptied whenever the tenant's key set changes, or the decoder itself when
	 * {@code userclouds.resource-server.cache.enabled} is off.
	 * @param clock the clock the decoder's validators use
	 */
	static JwtDecoder ifEnabled(JwtDecoder decoder, ResourceServerProperties properties, TenantJwkSource keys,
			Clock clock) {
		ResourceServerProperties.Cache settings = properties.getCache();
		if (!settings.isEnabled()) {
			return decoder;
		}
		ValidatedTokenCache cache = new ValidatedTokenCache(settings.getMaxSize(), properties.getClockSkew(), clock);
		keys.onKeySetChange(cache::clear);
		return new CachingJwtDecoder(decoder, cache);
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt cached = (token != null) ? this.cache.get(token) : null;
		if (cached != null) {
			return cached;
		}
		long generation = this.cache.generation();
		Jwt jwt = this.decoder.decode(token);
		if (!jwt.hasClaim(ConfirmationValidator.CNF)) {
			this.cache.put(token, jwt, generation);
		}
		return jwt;
	}

	@Override
	public Jwt decodeFromMemory(String token) {
		return (token != null) ? this.cache.getIfPresent(token) : null;
	}

	@Override
	public long hitCount() {
		return this.cache.hitCount();
	}

	@Override
	public long missCount() {
		return this.cache.missCount();
	}

	ValidatedTokenCache cache() {
		return this.cache;
	}

}
