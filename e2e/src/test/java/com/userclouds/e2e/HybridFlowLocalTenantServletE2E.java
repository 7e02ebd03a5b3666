package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link HybridFlowLocalTenantJourneys} against sample-webapp (Spring MVC). */
class HybridFlowLocalTenantServletE2E extends HybridFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
