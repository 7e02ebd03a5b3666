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
 * The implicit flow against the local tenant: both response types in the query string as UserClouds answers (access
 * token in `token`), and `id_token token` also by form_post and in the fragment.
 * Written once: {@link ImplicitFlowLocalTenantServletE2E} runs the journeys against sample-webapp,
 * {@link ImplicitFlowLocalTenantGatewayE2E} against sample-gateway.
 */
@ExtendWith({ StackExtension.class, BrowserExtension.class })
abstract class ImplicitFlowLocalTenantJourneys {

	/** The web sample the journeys log in to. */
	abstract WebappSample sample();

	@Test
	void idTokenQuery(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.implicitClient("id_token", null), browser);
	}

	@Test
	void idTokenTokenQuery(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.implicitClient("id_token token", null), browser);
	}

	@Test
	void idTokenTokenFormPost(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.implicitClient("id_token token", "form_post"), browser);
	}

	@Test
	void idTokenTokenFragment(LocalTenantStack stack, Browser browser, TestInfo test) {
		LoginJourney.run(stack, sample(), test, LocalTenantStack.implicitClient("id_token token", "fragment"), browser);
	}

}
