package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link CodeFlowLocalTenantJourneys} against sample-webapp (Spring MVC). */
class CodeFlowLocalTenantServletE2E extends CodeFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
