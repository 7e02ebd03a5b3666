package com.userclouds.e2e.journey;

import org.openqa.selenium.By;

import com.userclouds.e2e.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The local tenant's pages: Spring Security's login form with its dev user alice; logout needs no confirmation.
 */
public final class LocalTenantPages implements ProviderPages {

	private static final By USERNAME = By.cssSelector("input[name=username]");

	@Override
	public void signIn(Browser browser) {
		browser.type(USERNAME, "alice");
		browser.type(By.cssSelector("input[name=password]"), "alice-password");
		browser.click(By.cssSelector("form button[type=submit]"));
	}

	@Override
	public void assertSubject(String subject) {
		// UserClouds' subjects are UUIDs, and so are the local tenant's
		assertThat(subject).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@Override
	public void confirmLogout(Browser browser) {
	}

	@Override
	public void awaitSignInPage(Browser browser) {
		browser.await(USERNAME);
	}

}
