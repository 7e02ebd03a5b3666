package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link ImplicitFlowOidcProviderJourneys} against sample-webapp (Spring MVC). */
class ImplicitFlowOidcProviderServletE2E extends ImplicitFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
