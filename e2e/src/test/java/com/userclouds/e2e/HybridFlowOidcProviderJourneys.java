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
 * The hybrid flow's three response types against oidc-provider, answered by form_post and in the fragment.
 * Written once: {@link HybridFlowOidcProviderServletE2E} runs the journeys against sample-webapp,
 * {@link HybridFlowOidcProviderGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class HybridFlowOidcProviderJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void codeIdTokenFormPost(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.hybridClient("code id_token", "form_post"), browser);
	}

	@Test
	void codeIdTokenFragment(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.hybridClient("code id_token", "fragment"), browser);
	}

	@Test
	void codeTokenFormPost(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.hybridClient("code token", "form_post"), browser);
	}

	@Test
	void codeTokenFragment(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.hybridClient("code token", "fragment"), browser);
	}

	@Test
	void codeIdTokenTokenFormPost(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.hybridClient("code id_token token", "form_post"), browser);
	}

	@Test
	void codeIdTokenTokenFragment(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.hybridClient("code id_token token", "fragment"), browser);
	}

}
