package com.userclouds.e2e.stack;

import com.userclouds.e2e.journey.ProviderPages;

/**
 * A provider the browser logs in at, with sample-m2m's API trusting it: what a browser journey needs.
 */
public interface LoginStack {

	/**
	 * Starts sample-webapp against this provider with {@code client}'s login settings; the caller closes it.
	 */
	SampleApp startWebapp(String name, LoginClient client);

	/** The provider's login and logout pages. */
	ProviderPages pages();

}
