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
 * Authorization code (the dev login client with its secret) against the local tenant.
 * Written once: {@link CodeFlowLocalTenantServletE2E} runs the journeys against sample-webapp,
 * {@link CodeFlowLocalTenantGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class CodeFlowLocalTenantJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void query(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.codeClient(), browser);
	}

}
