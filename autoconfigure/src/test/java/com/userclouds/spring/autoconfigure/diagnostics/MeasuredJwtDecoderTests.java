package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the real-path tests cannot easily cause: a decoder that cannot fetch the tenant's keys. The token is not
 * judged, so it counts as an error, not as an invalid token; the failure still reaches the caller unchanged.
 */
class MeasuredJwtDecoderTests {

	@Test
	void keysThatCannotBeFetchedCountAsAnError() {
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		JwtException unavailable = new JwtException("An error occurred while attempting to decode the Jwt: "
				+ "Couldn't retrieve remote JWK set");
		JwtDecoder failing = (token) -> {
			throw unavailable;
		};
		MeasuredJwtDecoder decoder = new MeasuredJwtDecoder(failing, registry);
		assertThatExceptionOfType(JwtException.class).isThrownBy(() -> decoder.decode("token")).isSameAs(unavailable);
		assertThat(registry.get(MeasuredJwtDecoder.METER)
			.tag("outcome", "error")
			.tag("reason", "keys_unavailable")
			.counter()
			.count()).isEqualTo(1);
		assertThat(registry.find(MeasuredJwtDecoder.METER).counters()).hasSize(TokenValidationReason.values().length);
	}

}
