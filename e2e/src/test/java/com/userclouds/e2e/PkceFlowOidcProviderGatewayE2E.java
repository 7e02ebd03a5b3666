package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link PkceFlowOidcProviderJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class PkceFlowOidcProviderGatewayE2E extends PkceFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
