package com.userclouds.spring.localtenant.server;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoopbackRedirectUrisTests {

	private static final List<String> REGISTERED = List.of("http://127.0.0.1/login/oauth2/code/userclouds",
			"http://127.0.0.1/", "https://app.example/callback");

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost:8080/login/oauth2/code/userclouds",
			"http://127.0.0.1:8081/login/oauth2/code/userclouds", "http://[::1]:9/login/oauth2/code/userclouds",
			"http://LOCALHOST:8080/login/oauth2/code/userclouds", "http://localhost:8080", "http://localhost:8080/",
			"https://app.example/callback" })
	void accepts(String requested) {
		assertThat(LoopbackRedirectUris.matches(REGISTERED, requested)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://localhost.evil.example/login/oauth2/code/userclouds",
			"http://evil.example:8080/login/oauth2/code/userclouds",
			"http://user@localhost:8080/login/oauth2/code/userclouds",
			"http://localhost:8080/login/oauth2/code/userclouds#fragment",
			"http://localhost:8080/login/oauth2/code/other", "http://localhost:8080/login/oauth2/code/userclouds?x=1",
			"https://localhost:8080/login/oauth2/code/userclouds", "https://app.example:444/callback",
			"https://app.example/callback/", "not a uri", "" })
	void refuses(String requested) {
		assertThat(LoopbackRedirectUris.matches(REGISTERED, requested)).isFalse();
	}

}
