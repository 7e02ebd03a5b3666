package com.userclouds.e2e;

import com.userclouds.e2e.stack.WebappSample;

/** {@link CodeFlowOidcProviderJourneys} against sample-webapp (Spring MVC). */
class CodeFlowOidcProviderServletE2E extends CodeFlowOidcProviderJourneys {

	@Override
	WebappSample sample() {
		return WebappSample.SAMPLE_WEBAPP;
	}

}
