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
 * The implicit flow's two response types against oidc-provider, answered by form_post and in the fragment; with
 * `id_token` alone the app has no access token to call the API with, and says so.
 * Written once: {@link ImplicitFlowOidcProviderServletE2E} runs the journeys against sample-webapp,
 * {@link ImplicitFlowOidcProviderGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class ImplicitFlowOidcProviderJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void idTokenFormPost(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.implicitClient("id_token", "form_post"), browser);
	}

	@Test
	void idTokenFragment(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.implicitClient("id_token", "fragment"), browser);
	}

	@Test
	void idTokenTokenFormPost(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.implicitClient("id_token token", "form_post"), browser);
	}

	@Test
	void idTokenTokenFragment(OidcProviderStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, OidcProviderStack.implicitClient("id_token token", "fragment"), browser);
	}

}
