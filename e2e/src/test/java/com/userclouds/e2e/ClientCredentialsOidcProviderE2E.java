package com.userclouds.e2e;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.userclouds.e2e.stack.Http;
import com.userclouds.e2e.stack.OidcProviderStack;
import com.userclouds.e2e.stack.SampleApp;
import com.userclouds.e2e.stack.StackExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sample-m2m's client-credentials loop against oidc-provider: {@code /demo/orders} gets a token for the orders API
 * and calls {@code GET /api/orders} (which needs {@code orders:read}) with it.
 */
@ExtendWith(StackExtension.class)
class ClientCredentialsOidcProviderE2E {

	@Test
	void clientWithOrdersRead(OidcProviderStack stack) {
		HttpResponse<String> response = Http.get(stack.api().url("/demo/orders"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("keyboard");
	}

	@Test
	void clientWithoutOrdersRead(OidcProviderStack stack) {
		try (SampleApp writer = stack.startSampleM2m("sample-m2m-oidc-provider-writer", "e2e-m2m-writer",
				"e2e-m2m-writer-secret")) {
			HttpResponse<String> response = Http.get(writer.url("/demo/orders"));
			ClientCredentialsAssertions.assertRefusedForMissingScope(response);
		}
	}

}
