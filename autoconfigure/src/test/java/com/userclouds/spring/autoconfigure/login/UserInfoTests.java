package com.userclouds.spring.autoconfigure.login;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code userclouds.login.user-info}: whether a login calls the tenant's UserInfo endpoint, on the code path and on
 * the front channel, against a tenant whose UserInfo refuses the access token.
 */
class UserInfoTests {

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	@Test
	void byDefaultACodeLoginCallsUserInfoAndFailsWhenItRefuses() {
		startTenantRefusingUserInfo();
		LoginTestApplication.runner(this.tenant).withPropertyValues("userclouds.login.flow=pkce").run((context) -> {
			assertThat(login(context).getRedirectedUrl()).doesNotStartWith("http://localhost/profile");
			assertThat(this.tenant.userInfoRequests()).isEqualTo(1);
		});
	}

	@Test
	void switchedOffTheCodeLoginSucceedsWithoutCallingUserInfo() {
		startTenantRefusingUserInfo();
		LoginTestApplication.runner(this.tenant)
			.withPropertyValues("userclouds.login.flow=pkce", "userclouds.login.user-info=false")
			.run((context) -> {
				assertThat(login(context).getRedirectedUrl()).startsWith("http://localhost/profile");
				assertThat(this.tenant.userInfoRequests()).isZero();
			});
	}

	@Test
	void byDefaultAHybridLoginCallsUserInfoToo() {
		startTenantRefusingUserInfo();
		LoginTestApplication.runner(this.tenant).withPropertyValues("userclouds.login.flow=hybrid").run((context) -> {
			assertThat(login(context).getRedirectedUrl()).doesNotStartWith("http://localhost/profile");
			assertThat(this.tenant.userInfoRequests()).isEqualTo(1);
		});
	}

	@Test
	void switchedOffTheHybridLoginSucceedsWithoutCallingUserInfo() {
		startTenantRefusingUserInfo();
		LoginTestApplication.runner(this.tenant)
			.withPropertyValues("userclouds.login.flow=hybrid", "userclouds.login.user-info=false")
			.run((context) -> {
				assertThat(login(context).getRedirectedUrl()).startsWith("http://localhost/profile");
				assertThat(this.tenant.userInfoRequests()).isZero();
			});
	}

	private void startTenantRefusingUserInfo() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		this.tenant.refuseUserInfo();
	}

	private MockHttpServletResponse login(WebApplicationContext context) {
		LoginBrowser browser = new LoginBrowser(context);
		Map<String, String> response = this.tenant.authorize(browser.startLogin(), Tweaks.none());
		return browser.deliver(response, ResponseMode.QUERY);
	}

}
