package com.userclouds.spring.autoconfigure.resource;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * The reactive stack's decoder: the servlet stack's {@link JwtDecoder}, so one implementation of the token rules, the
 * validated-token cache and the metrics serves both. A token the decoder can answer from memory
 * ({@link ImmediateJwtDecoder}) is answered on the calling thread; any other is decoded on a scheduler whose threads
 * may block, as full validation may fetch the tenant's discovery document or keys with blocking I/O. Written by hand:
 * Spring Security's {@code NimbusReactiveJwtDecoder} fetches keys without blocking, but would mean a second key
 * source, a second cache and a second chain of validators.
 */
final class OffloadingReactiveJwtDecoder implements ReactiveJwtDecoder {

	private final JwtDecoder decoder;

	private final Scheduler blockingScheduler;

	OffloadingReactiveJwtDecoder(JwtDecoder decoder, Scheduler blockingScheduler) {
		this.decoder = decoder;
		this.blockingScheduler = blockingScheduler;
	}

	@Override
	public Mono<Jwt> decode(String token) {
		if (this.decoder instanceof ImmediateJwtDecoder immediate) {
			Jwt validated = immediate.decodeFromMemory(token);
			if (validated != null) {
				return Mono.just(validated);
			}
		}
		return Mono.fromCallable(() -> this.decoder.decode(token)).subscribeOn(this.blockingScheduler);
	}

}
