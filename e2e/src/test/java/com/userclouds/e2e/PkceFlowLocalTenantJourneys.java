package com.userclouds.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import com.userclouds.e2e.browser.Browser;
import com.userclouds.e2e.browser.BrowserExtension;
import com.userclouds.e2e.journey.LoginJourney;
import com.userclouds.e2e.stack.LocalTenantStack;
import com.userclouds.e2e.stack.StackExtension;
import com.userclouds.e2e.stack.WebappSample;

/**
 * Authorization code with PKCE (the dev login client used as a public client) against the local tenant.
 * Written once: {@link PkceFlowLocalTenantServletE2E} runs the journeys against sample-webapp,
 * {@link PkceFlowLocalTenantGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class PkceFlowLocalTenantJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void query(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.pkceClient(), browser);
	}

}
