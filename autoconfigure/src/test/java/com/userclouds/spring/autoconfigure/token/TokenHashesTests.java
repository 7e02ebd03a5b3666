package com.userclouds.spring.autoconfigure.token;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TokenHashesTests {

	// OpenID Connect Core 1.0, Appendix A.4 (code id_token) and A.5 (id_token token)
	private static final String SPEC_CODE = "Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk";

	private static final String SPEC_ACCESS_TOKEN = "jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y";

	@Test
	void computesTheSpecificationExamples() {
		assertThat(TokenHashes.compute(SPEC_CODE, "RS256")).isEqualTo("LDktKdoQak3Pk0cnXxCltA");
		assertThat(TokenHashes.compute(SPEC_ACCESS_TOKEN, "RS256")).isEqualTo("77QmUPtjPfzWtF2AnpK9RQ");
	}

	@Test
	void hashFunctionFollowsTheSigningAlgorithm() {
		assertThat(TokenHashes.hashAlgorithm("ES384")).isEqualTo("SHA-384");
		assertThat(TokenHashes.hashAlgorithm("PS512")).isEqualTo("SHA-512");
		assertThat(TokenHashes.hashAlgorithm("EdDSA")).isEqualTo("SHA-512");
		assertThat(TokenHashes.compute("token", "RS512")).hasSize(43);
		assertThatIllegalArgumentException().isThrownBy(() -> TokenHashes.hashAlgorithm("none"));
	}

	@Test
	void matchesOnlyTheRightValue() {
		String hash = TokenHashes.compute(SPEC_ACCESS_TOKEN, "RS256");
		assertThat(TokenHashes.matches(hash, SPEC_ACCESS_TOKEN, "RS256")).isTrue();
		assertThat(TokenHashes.matches(hash, SPEC_ACCESS_TOKEN + "x", "RS256")).isFalse();
		assertThat(TokenHashes.matches(hash, SPEC_ACCESS_TOKEN, "RS384")).isFalse();
		assertThat(TokenHashes.matches(hash, SPEC_ACCESS_TOKEN, "none")).isFalse();
		assertThat(TokenHashes.matches(null, SPEC_ACCESS_TOKEN, "RS256")).isFalse();
	}

	@Test
	void readsTheAlgorithmOfACompactJws() {
		assertThat(TokenHashes.algorithmOf("eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isEqualTo("RS256");
		assertThat(TokenHashes.algorithmOf("garbage")).isNull();
	}

}
