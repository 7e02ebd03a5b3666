package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link HybridFlowOidcProviderJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class HybridFlowOidcProviderGatewayE2E extends HybridFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
