package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.util.List;

import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A token request that fails for good is named in the application's log at WARN, in one line, once a minute per
 * client, with nothing secret in it; a fault that may pass is left to the retries and the metrics.
 */
@ExtendWith(OutputCaptureExtension.class)
class PermanentFaultLogTests {

	private final MockWebServer tenant = new MockWebServer();

	@BeforeEach
	void start() throws Exception {
		this.tenant.start();
	}

	@AfterEach
	void stop() {
		this.tenant.close();
	}

	@Test
	void aRefusedClientIsLoggedOnceAMinuteWithoutItsSecret(CapturedOutput output) {
		for (int i = 0; i < 3; i++) {
			this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(401,
					"{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}"));
		}
		M2mAccessTokens tokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), Clock.systemUTC(),
				new M2mTestSupport.RecordingSleeper());
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(M2mTokenException.class).isThrownBy(() -> tokens.token(M2mTestSupport.CLIENT));
		}
		assertThat(warnings(output)).singleElement()
			.asString()
			.endsWith("M2M client 'orders': the token endpoint refused the request with HTTP 401 and OAuth error"
					+ " 'invalid_client' (client authentication failed); check"
					+ " userclouds.m2m.clients.orders.client-id and userclouds.m2m.clients.orders.client-secret");
		assertThat(output.getAll()).doesNotContain(M2mTestSupport.CLIENT_SECRET);
	}

	@Test
	void aMalformedAnswerIsLoggedToo(CapturedOutput output) {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(200, "{\"token_type\":\"Bearer\"}"));
		M2mAccessTokens tokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), Clock.systemUTC(),
				new M2mTestSupport.RecordingSleeper());
		assertThatExceptionOfType(M2mTokenException.class).isThrownBy(() -> tokens.token(M2mTestSupport.CLIENT));
		assertThat(warnings(output)).singleElement().asString().contains("M2M client 'orders': malformed token response");
	}

	@Test
	void aTemporaryFaultIsNotLoggedAsPermanent(CapturedOutput output) {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(503, "{\"error\":\"temporarily_unavailable\"}"));
		M2mProperties.Client client = M2mTestSupport.client();
		client.setMaxAttempts(1);
		M2mAccessTokens tokens = M2mTestSupport.accessTokens(this.tenant, client, Clock.systemUTC(),
				new M2mTestSupport.RecordingSleeper());
		assertThatExceptionOfType(M2mTokenException.class).isThrownBy(() -> tokens.token(M2mTestSupport.CLIENT));
		assertThat(warnings(output)).noneMatch((line) -> line.contains("M2M client 'orders': the token endpoint"));
	}

	private static List<String> warnings(CapturedOutput output) {
		return output.getAll().lines().filter((line) -> line.contains("WARN") && line.contains("M2M client")).toList();
	}

}
