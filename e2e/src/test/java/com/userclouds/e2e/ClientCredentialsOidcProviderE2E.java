package com.userclouds.e2e;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.userclouds.e2e.stack.ApiSample;
import com.userclouds.e2e.stack.Http;
import com.userclouds.e2e.stack.OidcProviderStack;
import com.userclouds.e2e.stack.SampleApp;
import com.userclouds.e2e.stack.StackExtension;

/**
 * Each API sample's client-credentials loop against oidc-provider: {@code /demo/orders} gets a token for the orders
 * API and calls {@code GET /api/orders} (which needs {@code orders:read}) with it.
 */
@ExtendWith(StackExtension.class)
class ClientCredentialsOidcProviderE2E {

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void clientWithOrdersRead(ApiSample sample, OidcProviderStack stack) {
		ClientCredentialsAssertions.assertOrdersRead(sample, Http.get(stack.api(sample).url("/demo/orders")));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void clientWithoutOrdersRead(ApiSample sample, OidcProviderStack stack) {
		try (SampleApp writer = stack.startApi(sample, sample.module() + "-oidc-provider-writer", "e2e-m2m-writer",
				"e2e-m2m-writer-secret")) {
			ClientCredentialsAssertions.assertRefusedForMissingScope(sample, Http.get(writer.url("/demo/orders")));
		}
	}

}
