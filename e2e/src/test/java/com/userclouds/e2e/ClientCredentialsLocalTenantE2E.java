package com.userclouds.e2e;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.userclouds.e2e.stack.Http;
import com.userclouds.e2e.stack.LocalTenantStack;
import com.userclouds.e2e.stack.SampleApp;
import com.userclouds.e2e.stack.StackExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * sample-m2m's client-credentials loop against the local tenant, with its dev M2M client: all its scopes, then only
 * {@code orders:write} asked for.
 */
@ExtendWith(StackExtension.class)
class ClientCredentialsLocalTenantE2E {

	@Test
	void clientWithOrdersRead(LocalTenantStack stack) {
		HttpResponse<String> response = Http.get(stack.api().url("/demo/orders"));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		assertThat(response.body()).contains("keyboard");
	}

	@Test
	void clientWithoutOrdersRead(LocalTenantStack stack) {
		try (SampleApp writer = stack.startSampleM2m("sample-m2m-local-tenant-writer", "orders:write")) {
			HttpResponse<String> response = Http.get(writer.url("/demo/orders"));
			ClientCredentialsAssertions.assertRefusedForMissingScope(response);
		}
	}

}
