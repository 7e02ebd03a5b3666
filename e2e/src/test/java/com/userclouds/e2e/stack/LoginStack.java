package com.userclouds.e2e.stack;

import com.userclouds.e2e.journey.ProviderPages;

/**
 * A provider the browser logs in at, with sample-m2m's API trusting it: what a browser journey needs.
 */
public interface LoginStack {

	/**
	 * Starts {@code sample} against this provider with {@code client}'s login settings, its API button calling the
	 * sample's API; the caller closes it.
	 */
	SampleApp startWebapp(WebappSample sample, String name, LoginClient client);

	/** The provider's login and logout pages. */
	ProviderPages pages();

}
