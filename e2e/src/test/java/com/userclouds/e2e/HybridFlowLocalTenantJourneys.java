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
 * The hybrid flow against the local tenant: the three response types answered in the query string as UserClouds does
 * (no response_mode sent), and `code id_token` also by form_post and in the fragment.
 * Written once: {@link HybridFlowLocalTenantServletE2E} runs the journeys against sample-webapp,
 * {@link HybridFlowLocalTenantGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class HybridFlowLocalTenantJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void codeIdTokenQuery(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.hybridClient("code id_token", null), browser);
	}

	@Test
	void codeTokenQuery(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.hybridClient("code token", null), browser);
	}

	@Test
	void codeIdTokenTokenQuery(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.hybridClient("code id_token token", null), browser);
	}

	@Test
	void codeIdTokenFormPost(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.hybridClient("code id_token", "form_post"), browser);
	}

	@Test
	void codeIdTokenFragment(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.hybridClient("code id_token", "fragment"), browser);
	}

}
