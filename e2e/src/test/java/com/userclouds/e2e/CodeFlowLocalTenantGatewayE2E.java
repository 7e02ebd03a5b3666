package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link CodeFlowLocalTenantJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class CodeFlowLocalTenantGatewayE2E extends CodeFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
