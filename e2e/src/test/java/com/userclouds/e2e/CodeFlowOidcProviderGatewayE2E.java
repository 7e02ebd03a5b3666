package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link CodeFlowOidcProviderJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class CodeFlowOidcProviderGatewayE2E extends CodeFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
