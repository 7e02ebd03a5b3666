package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link ImplicitFlowOidcProviderJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class ImplicitFlowOidcProviderGatewayE2E extends ImplicitFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
