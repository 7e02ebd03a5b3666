package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link HybridFlowOidcProviderJourneys} against sample-webapp (Spring MVC). */
class HybridFlowOidcProviderServletE2E extends HybridFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
