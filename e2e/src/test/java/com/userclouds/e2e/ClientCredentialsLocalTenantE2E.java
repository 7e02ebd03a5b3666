package com.userclouds.e2e;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.userclouds.e2e.stack.ApiSample;
import com.userclouds.e2e.stack.Http;
import com.userclouds.e2e.stack.LocalTenantStack;
import com.userclouds.e2e.stack.SampleApp;
import com.userclouds.e2e.stack.StackExtension;

/**
 * Each API sample's client-credentials loop against the local tenant, with its dev M2M client: all its scopes, then
 * only {@code orders:write} asked for.
 */
@ExtendWith(StackExtension.class)
class ClientCredentialsLocalTenantE2E {

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void clientWithOrdersRead(ApiSample sample, LocalTenantStack stack) {
		ClientCredentialsAssertions.assertOrdersRead(sample, Http.get(stack.api(sample).url("/demo/orders")));
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void clientWithoutOrdersRead(ApiSample sample, LocalTenantStack stack) {
		try (SampleApp writer = stack.startApi(sample, sample.module() + "-local-tenant-writer", "orders:write")) {
			ClientCredentialsAssertions.assertRefusedForMissingScope(sample, Http.get(writer.url("/demo/orders")));
		}
	}

}
