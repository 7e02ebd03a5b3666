package com.userclouds.spring.autoconfigure.resource;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * The decoder the starter builds for the tenant's access tokens, recognisable by its type: diagnostics measure this
 * one and leave a decoder the application declares alone, whatever its bean name.
 */
public final class UserCloudsJwtDecoder implements ImmediateJwtDecoder {

	private final JwtDecoder decoder;

	UserCloudsJwtDecoder(JwtDecoder decoder) {
		this.decoder = decoder;
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		return this.decoder.decode(token);
	}

	@Override
	public @Nullable Jwt decodeFromMemory(String token) {
		return (this.decoder instanceof ImmediateJwtDecoder immediate) ? immediate.decodeFromMemory(token) : null;
	}

	/**
	 * The counts of its validated-token cache; empty when {@code userclouds.resource-server.cache.enabled} is off.
	 */
	public Optional<ValidatedTokenCacheStatistics> cacheStatistics() {
		return (this.decoder instanceof ValidatedTokenCacheStatistics cache) ? Optional.of(cache) : Optional.empty();
	}

}
