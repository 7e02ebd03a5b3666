package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the real-path tests ({@link MetricsTests}) cannot cause with the starter's own validators: an error that
 * carries no reason, as an application's validator returns, whatever its text says.
 */
class TokenValidationReasonTests {

	@Test
	void anErrorWithoutAReasonIsOtherWhateverItsDescription() {
		OAuth2Error untyped = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "Jwt expired at the aud claim", null);
		assertThat(TokenValidationReason.of(new JwtValidationException("Jwt expired", List.of(untyped))))
			.isEqualTo(TokenValidationReason.OTHER);
	}

}
