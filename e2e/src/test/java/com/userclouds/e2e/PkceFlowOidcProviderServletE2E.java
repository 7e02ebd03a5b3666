package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link PkceFlowOidcProviderJourneys} against sample-webapp (Spring MVC). */
class PkceFlowOidcProviderServletE2E extends PkceFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
