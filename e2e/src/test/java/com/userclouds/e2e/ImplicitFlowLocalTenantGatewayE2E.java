package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link ImplicitFlowLocalTenantJourneys} against sample-gateway (Spring Cloud Gateway on WebFlux). */
class ImplicitFlowLocalTenantGatewayE2E extends ImplicitFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_GATEWAY;
	}

}
