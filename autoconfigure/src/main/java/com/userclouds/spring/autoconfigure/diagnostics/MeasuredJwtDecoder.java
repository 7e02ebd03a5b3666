package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.EnumMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.userclouds.spring.autoconfigure.resource.ImmediateJwtDecoder;

/**
 * Counts the starter's bearer-token validations by outcome and reason ({@code userclouds.token.validations}) around
 * its decoder, so neither the decoder nor the resource server knows about Micrometer.
 * <p>
 * It sits outside the validated-token cache, so a token answered from the cache counts as a validation too, which
 * it is: its {@code exp} and {@code nbf} are checked again (the cache's own meter tells hits from misses). Every
 * counter is registered up front, so a request costs one increment of an already resolved counter, nothing more.
 */
final class MeasuredJwtDecoder implements ImmediateJwtDecoder {

	static final String METER = "userclouds.token.validations";

	private final JwtDecoder decoder;

	private final Map<TokenValidationReason, Counter> counters = new EnumMap<>(TokenValidationReason.class);

	MeasuredJwtDecoder(JwtDecoder decoder, MeterRegistry registry) {
		this.decoder = decoder;
		for (TokenValidationReason reason : TokenValidationReason.values()) {
			this.counters.put(reason,
					Counter.builder(METER)
						.description("Bearer tokens validated by the UserClouds starter")
						.tag("outcome", reason.outcome())
						.tag("reason", reason.tag())
						.register(registry));
		}
	}

	@Override
	public Jwt decode(String token) throws JwtException {
		Jwt jwt;
		try {
			jwt = this.decoder.decode(token);
		}
		catch (JwtException ex) {
			this.counters.get(TokenValidationReason.of(ex)).increment();
			throw ex;
		}
		this.counters.get(TokenValidationReason.VALID).increment();
		return jwt;
	}

	/** Measured as {@link #decode} is, so the reactive stack's answers from memory count as validations too. */
	@Override
	public Jwt decodeFromMemory(String token) {
		Jwt jwt = (this.decoder instanceof ImmediateJwtDecoder immediate) ? immediate.decodeFromMemory(token) : null;
		if (jwt != null) {
			this.counters.get(TokenValidationReason.VALID).increment();
		}
		return jwt;
	}

}
