package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mapping from OAuth 2.0 error codes to the login metric's reasons; the login tests run the common ones through
 * real logins.
 */
class LoginFailureReasonTests {

	@Test
	void relatedCodesShareAReason() {
		assertThat(LoginFailureReason.of("authorization_request_not_found")).isEqualTo(LoginFailureReason.INVALID_STATE);
		assertThat(LoginFailureReason.of("invalid_state_parameter")).isEqualTo(LoginFailureReason.INVALID_STATE);
		assertThat(LoginFailureReason.of("login_required")).isEqualTo(LoginFailureReason.INTERACTION_REQUIRED);
		assertThat(LoginFailureReason.of("consent_required")).isEqualTo(LoginFailureReason.INTERACTION_REQUIRED);
	}

	@Test
	void anythingElseIsOther() {
		assertThat(LoginFailureReason.of(null)).isEqualTo(LoginFailureReason.OTHER);
		assertThat(LoginFailureReason.of("")).isEqualTo(LoginFailureReason.OTHER);
		assertThat(LoginFailureReason.of("Access_Denied")).isEqualTo(LoginFailureReason.OTHER);
		assertThat(LoginFailureReason.of("other")).isEqualTo(LoginFailureReason.OTHER);
	}

}
