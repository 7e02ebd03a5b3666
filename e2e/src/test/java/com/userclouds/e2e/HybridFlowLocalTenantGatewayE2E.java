package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link HybridFlowLocalTenantJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class HybridFlowLocalTenantGatewayE2E extends HybridFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
