package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link PkceFlowLocalTenantJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class PkceFlowLocalTenantGatewayE2E extends PkceFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
