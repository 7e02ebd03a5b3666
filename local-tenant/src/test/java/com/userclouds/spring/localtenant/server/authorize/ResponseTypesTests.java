package com.userclouds.spring.localtenant.server.authorize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseTypesTests {

	@Test
	void orderDoesNotMatter() {
		assertThat(ResponseTypes.parse("token id_token code")).isEqualTo(new ResponseTypes(true, true, true));
		assertThat(ResponseTypes.parse("id_token")).isEqualTo(new ResponseTypes(false, true, false));
		assertThat(ResponseTypes.parse("code").frontChannelTokens()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "token", "code code", "code device", "", "none" })
	void unsupportedCombinationsAreNotParsed(String value) {
		assertThat(ResponseTypes.parse(value)).isNull();
	}

}
