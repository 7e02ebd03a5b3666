package com.userclouds.e2e;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

import com.userclouds.e2e.browser.Browser;
import com.userclouds.e2e.browser.BrowserExtension;
import com.userclouds.e2e.journey.LoginJourney;
import com.userclouds.e2e.stack.LocalTenantStack;
import com.userclouds.e2e.stack.StackExtension;

/**
 * Authorization code (the dev login client with its secret) against the local tenant.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
class CodeFlowLocalTenantE2E {

	@Test
	void query(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, test, LocalTenantStack.codeClient(), browser);
	}

}
