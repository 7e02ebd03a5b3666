package com.userclouds.spring.autoconfigure.login;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A login client the tenant refuses (a wrong secret) is named in the log once, with the OAuth error and its
 * description, and nothing secret; a login refused for the user's own reasons is not logged.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoginClientRefusalLogTests {

	private static final String SECRET = "login-secret-never-logged";

	private final FakeTenant tenant = new FakeTenant(Shape.USERCLOUDS).start();

	@AfterEach
	void stopTenant() {
		this.tenant.close();
	}

	@Test
	void aRefusedLoginClientIsLoggedOnceAMinute(CapturedOutput output) {
		LoginTestApplication.runner(this.tenant)
			.withPropertyValues("userclouds.login.flow=authorization-code", "userclouds.login.client-secret=" + SECRET)
			.run((context) -> {
				assertThat(login(new ServletLoginBrowser(context), Tweaks.none().error("access_denied")).redirectedUrl())
					.isEqualTo("/login?error");
				this.tenant.refuseClient();
				for (int i = 0; i < 3; i++) {
					assertThat(login(new ServletLoginBrowser(context), Tweaks.none()).redirectedUrl())
						.isEqualTo("/login?error");
				}
			});
		List<String> warnings = output.getOut().lines().filter((line) -> line.contains(" WARN ")).toList();
		assertThat(warnings).singleElement()
			.asString()
			.endsWith("Login client '" + FakeTenant.CLIENT_ID + "' (userclouds.login.client-id) was refused by the"
					+ " tenant with OAuth error 'invalid_client' (Client authentication failed); check"
					+ " userclouds.login.client-id and userclouds.login.client-secret");
		assertThat(output.getAll()).doesNotContain(SECRET);
	}

	private LoginBrowser.Response login(LoginBrowser browser, Tweaks tweaks) {
		Map<String, String> response = this.tenant.authorize(browser.startLogin(), tweaks);
		return browser.deliver(response, ResponseMode.QUERY);
	}

}
