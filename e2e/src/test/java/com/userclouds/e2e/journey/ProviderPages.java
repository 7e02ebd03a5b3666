package com.userclouds.e2e.journey;

import com.userclouds.e2e.browser.Browser;

/**
 * What the browser does on a provider's own pages.
 */
public interface ProviderPages {

	/** Signs in (and consents) on the provider's page the browser was sent to. */
	void signIn(Browser browser);

	/** Checks the subject the web app shows for the user {@link #signIn} used. */
	void assertSubject(String subject);

	/** Confirms the logout the web app started, if the provider asks. */
	void confirmLogout(Browser browser);

	/** Waits for the provider's sign-in page, which proves the provider has no session for this browser. */
	void awaitSignInPage(Browser browser);

}
