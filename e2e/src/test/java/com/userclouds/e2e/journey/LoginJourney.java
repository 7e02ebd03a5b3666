package com.userclouds.e2e.journey;

import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;

import com.userclouds.e2e.browser.Browser;
import com.userclouds.e2e.stack.LoginClient;
import com.userclouds.e2e.stack.LoginStack;
import com.userclouds.e2e.stack.SampleApp;
import com.userclouds.e2e.stack.WebappSample;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser journey every login flow goes through, on either web sample: open the profile, sign in at the provider,
 * see the profile with the user's subject, call the API with the user's access token (sample-gateway: from the
 * browser through the gateway's TokenRelay route), log out (at the provider too).
 */
public final class LoginJourney {

	private LoginJourney() {
	}

	public static void run(LoginStack stack, WebappSample sample, TestInfo test, LoginClient client, Browser browser) {
		String name = test.getTestClass().orElseThrow().getSimpleName() + "."
				+ test.getTestMethod().orElseThrow().getName();
		ProviderPages provider = stack.pages();
		try (SampleApp webapp = stack.startWebapp(sample, name, client)) {
			browser.open(webapp.url("/profile"));
			provider.signIn(browser);

			awaitProfile(browser, webapp);
			String subject = browser.text(By.id("sub"));
			provider.assertSubject(subject);

			browser.click(By.id("whoami-button"));
			String whoami = browser.text(By.id("whoami"));
			if (client.issuesAccessToken()) {
				assertThat(whoami).as("the API's answer to the user's access token (%s)", client.describe())
					.contains("\"sub\":\"" + subject + "\"");
			}
			else {
				assertThat(whoami).as("a login without access token (%s)", client.describe())
					.contains("has no access token");
			}

			browser.click(By.id("logout"));
			provider.confirmLogout(browser);
			browser.await(By.id("login"));
			assertThat(browser.currentUrl()).startsWith(webapp.baseUrl());

			browser.open(webapp.url("/profile"));
			provider.awaitSignInPage(browser);
		}
	}

	/** Waits for the profile page; a login that ends on the web app's error page fails at once, with its message. */
	private static void awaitProfile(Browser browser, SampleApp webapp) {
		browser.await("the profile page after login", (driver) -> {
			String url = driver.getCurrentUrl();
			if (url.startsWith(webapp.url("/login?error"))) {
				throw new AssertionError("The login ended on " + url + ": "
						+ driver.findElement(By.tagName("body")).getText());
			}
			return url.startsWith(webapp.url("/profile"));
		});
	}

}
