package com.userclouds.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import com.userclouds.e2e.browser.Browser;
import com.userclouds.e2e.browser.BrowserExtension;
import com.userclouds.e2e.journey.LoginJourney;
import com.userclouds.e2e.stack.OidcProviderStack;
import com.userclouds.e2e.stack.StackExtension;
import com.userclouds.e2e.stack.WebappSample;

/**
 * Authorization code (a confidential client, no PKCE) against oidc-provider, in headless Chromium.
 * Written once: {@link CodeFlowOidcProviderServletE2E} runs the journeys against sample-webapp,
 * {@link CodeFlowOidcProviderGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class CodeFlowOidcProviderJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void query(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.codeClient(), browser);
	}

}
