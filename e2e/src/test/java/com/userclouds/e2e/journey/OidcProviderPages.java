package com.userclouds.e2e.journey;

import java.util.UUID;

import org.openqa.selenium.By;

import com.userclouds.e2e.browser.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * oidc-provider's development interactions: any login name is accepted and becomes the subject, then a consent
 * page; its logout asks for a confirmation.
 */
public final class OidcProviderPages implements ProviderPages {

	private static final By LOGIN = By.cssSelector("input[name=login]");

	private static final By CONSENT_FORM = By.cssSelector("input[name=prompt][value=consent]");

	// each journey its own user, so the subject the app shows can only come from this login
	private final String username = "e2e-" + UUID.randomUUID().toString().substring(0, 8);

	@Override
	public void signIn(Browser browser) {
		browser.type(LOGIN, this.username);
		browser.type(By.cssSelector("input[name=password]"), "any-password");
		browser.click(By.cssSelector("form button[type=submit]"));
		browser.await("the consent page", (driver) -> !driver.findElements(CONSENT_FORM).isEmpty());
		browser.click(By.cssSelector("form button[type=submit]"));
	}

	@Override
	public void assertSubject(String subject) {
		assertThat(subject).isEqualTo(this.username);
	}

	@Override
	public void confirmLogout(Browser browser) {
		browser.click(By.cssSelector("button[name=logout][value=yes]"));
	}

	@Override
	public void awaitSignInPage(Browser browser) {
		browser.await(LOGIN);
	}

}
