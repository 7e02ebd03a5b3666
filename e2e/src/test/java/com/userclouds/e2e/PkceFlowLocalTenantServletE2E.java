package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link PkceFlowLocalTenantJourneys} against sample-webapp (Spring MVC). */
class PkceFlowLocalTenantServletE2E extends PkceFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
