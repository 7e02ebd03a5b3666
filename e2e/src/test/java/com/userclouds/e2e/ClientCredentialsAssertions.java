package com.userclouds.e2e;

import java.net.http.HttpResponse;

import com.userclouds.e2e.stack.ApiSample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /demo/orders} of an API sample answers: the orders its own API returned to a token with
 * {@code orders:read}, or, when the API refused a token without it, the API's 403 passed on as a 502 problem naming
 * it.
 */
final class ClientCredentialsAssertions {

	private ClientCredentialsAssertions() {
	}

	static void assertOrdersRead(ApiSample sample, HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", sample, response.body()).isEqualTo(200);
		assertThat(response.body()).as(sample.toString()).contains("keyboard");
	}

	static void assertRefusedForMissingScope(ApiSample sample, HttpResponse<String> response) {
		assertThat(response.statusCode()).as("%s: %s", sample, response.body()).isEqualTo(502);
		assertThat(response.body()).as(sample.toString()).contains("answered HTTP 403").doesNotContain("keyboard");
	}

}
