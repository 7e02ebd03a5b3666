package com.userclouds.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import com.userclouds.e2e.browser.Browser;
import com.userclouds.e2e.browser.BrowserExtension;
import com.userclouds.e2e.journey.LoginJourney;
import com.userclouds.e2e.stack.OidcProviderStack;
import com.userclouds.e2e.stack.StackExtension;

/**
 * Authorization code (a confidential client, no PKCE) against oidc-provider, in headless Chromium.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
class CodeFlowOidcProviderE2E {

	@Test
	void query(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, test, OidcProviderStack.codeClient(), browser);
	}

}
