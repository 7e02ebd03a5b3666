package com.userclouds.e2e;

import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code /demo/orders} of sample-m2m answers when the API refused its token for a missing scope: the API's 403
 * passed on as a 502 problem naming it.
 */
final class ClientCredentialsAssertions {

	private ClientCredentialsAssertions() {
	}

	static void assertRefusedForMissingScope(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(502);
		assertThat(response.body()).contains("answered HTTP 403").doesNotContain("keyboard");
	}

}
