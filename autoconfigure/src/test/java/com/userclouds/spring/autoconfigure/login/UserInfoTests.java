package com.userclouds.spring.autoconfigure.login;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

	@ParameterizedTest
	@ValueSource(strings = { "pkce", "hybrid" })
	void byDefaultALoginCallsUserInfoAndFailsWhenItRefuses(String flow) {
		assertLogin(flow, true, false, 1);
	}

	@ParameterizedTest
	@ValueSource(strings = { "pkce", "hybrid" })
	void switchedOffALoginSucceedsWithoutCallingUserInfo(String flow) {
		assertLogin(flow, false, true, 0);
	}

	/** A login with the flow, user-info left at its default or switched off, and what it must come to. */
	private void assertLogin(String flow, boolean userInfoByDefault, boolean loggedIn, int userInfoRequests) {
		startTenantRefusingUserInfo();
		LoginTestApplication.runner(this.tenant)
			.withPropertyValues("userclouds.login.flow=" + flow)
			.withPropertyValues(userInfoByDefault ? new String[0] : new String[] { "userclouds.login.user-info=false" })
			.run((context) -> {
				String redirect = login(context).redirectedUrl();
				assertThat(redirect.startsWith("http://localhost/profile")).as(redirect).isEqualTo(loggedIn);
				assertThat(this.tenant.userInfoRequests()).isEqualTo(userInfoRequests);
			});
	}

	private void startTenantRefusingUserInfo() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		this.tenant.refuseUserInfo();
	}

	private LoginBrowser.Response login(WebApplicationContext context) {
		LoginBrowser browser = new ServletLoginBrowser(context);
		Map<String, String> response = this.tenant.authorize(browser.startLogin(), Tweaks.none());
		return browser.deliver(response, ResponseMode.QUERY);
	}

}
