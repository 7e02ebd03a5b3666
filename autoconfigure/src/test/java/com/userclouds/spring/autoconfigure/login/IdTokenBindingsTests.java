package com.userclouds.spring.autoconfigure.login;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * {@code at_hash} and {@code c_hash} against the examples of OpenID Connect Core 1.0, Appendix A.4 and A.5 (the
 * login tests check the same through the real callback with tokens the fake tenant hashes on its own).
 */
class IdTokenBindingsTests {

	private static final String SPEC_CODE = "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk";

	private static final String SPEC_ACCESS_TOKEN = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y";

	/** Header {@code {"alg":"RS256"}}; the hashes are read from the token's {@code alg}. */
	private static final String RS256_TOKEN = "eyJhbGciOiJSUzI1NiJ9.e30.c2ln";

	/** Header {@code {"alg":"RS384"}}. */
	private static final String RS384_TOKEN = "eyJhbGciOiJSUzM4NCJ9.e30.c2ln";

	@Test
	void acceptsTheSpecificationExamples() {
		OidcIdToken idToken = idToken(RS256_TOKEN, Map.of(IdTokenClaimNames.C_HASH, "LDktKdoQak3Pk0cnXxCltA",
				IdTokenClaimNames.AT_HASH, "77QmUPtjPfzWtF2AnpK9RQ"));
		assertThatNoException().isThrownBy(() -> {
			IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.C_HASH, SPEC_CODE, true);
			IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.AT_HASH, SPEC_ACCESS_TOKEN, true);
		});
	}

	@Test
	void refusesAnotherValueOrAnotherAlgorithmsHash() {
		OidcIdToken idToken = idToken(RS256_TOKEN, Map.of(IdTokenClaimNames.AT_HASH, "77QmUPtjPfzWtF2AnpK9RQ"));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.AT_HASH, SPEC_ACCESS_TOKEN + "x",
					false))
			.withMessageContaining("at_hash does not match");
		OidcIdToken rs384 = idToken(RS384_TOKEN, Map.of(IdTokenClaimNames.AT_HASH, "77QmUPtjPfzWtF2AnpK9RQ"));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> IdTokenBindings.verifyHash(rs384, IdTokenClaimNames.AT_HASH, SPEC_ACCESS_TOKEN, false));
	}

	@Test
	void aMissingHashIsAnErrorOnlyWhenRequired() {
		OidcIdToken idToken = idToken(RS256_TOKEN, Map.of());
		assertThatNoException()
			.isThrownBy(() -> IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.C_HASH, SPEC_CODE, false));
		assertThatExceptionOfType(OAuth2AuthenticationException.class)
			.isThrownBy(() -> IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.C_HASH, SPEC_CODE, true))
			.withMessageContaining("has no c_hash");
	}

	private static OidcIdToken idToken(String value, Map<String, Object> hashes) {
		Map<String, Object> claims = new HashMap<>(hashes);
		claims.put(IdTokenClaimNames.SUB, "user");
		return new OidcIdToken(value, Instant.now(), Instant.now().plusSeconds(60), claims);
	}

}
