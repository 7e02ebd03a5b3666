package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link ImplicitFlowLocalTenantJourneys} against sample-webapp (Spring MVC). */
class ImplicitFlowLocalTenantServletE2E extends ImplicitFlowLocalTenantJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
