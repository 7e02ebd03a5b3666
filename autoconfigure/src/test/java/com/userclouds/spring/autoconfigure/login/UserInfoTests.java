package com.userclouds.spring.autoconfigure.login;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;


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

	static Stream<Arguments> flows() {
		return Stream.of(LoginStack.values())
			.flatMap((stack) -> Stream.of("pkce", "hybrid").map((flow) -> Arguments.of(stack, flow)));
	}

	@ParameterizedTest
	@MethodSource("flows")
	void byDefaultALoginCallsUserInfoAndFailsWhenItRefuses(LoginStack stack, String flow) {
		assertLogin(stack, flow, true, false, 1);
	}

	@ParameterizedTest
	@MethodSource("flows")
	void switchedOffALoginSucceedsWithoutCallingUserInfo(LoginStack stack, String flow) {
		assertLogin(stack, flow, false, true, 0);
	}

	/** A login with the flow, user-info left at its default or switched off, and what it must come to. */
	private void assertLogin(LoginStack stack, String flow, boolean userInfoByDefault, boolean loggedIn,
			int userInfoRequests) {
		startTenantRefusingUserInfo();
		stack.application(this.tenant)
			.withPropertyValues("userclouds.login.flow=" + flow)
			.withPropertyValues(userInfoByDefault ? new String[0] : new String[] { "userclouds.login.user-info=false" })
			.run((context) -> {
				String redirect = login(context).redirectedPath();
				assertThat(redirect.equals("/profile")).as(redirect).isEqualTo(loggedIn);
				assertThat(this.tenant.userInfoRequests()).isEqualTo(userInfoRequests);
			});
	}

	private void startTenantRefusingUserInfo() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		this.tenant.refuseUserInfo();
	}

	private LoginBrowser.Response login(LoginStack.App app) {
		LoginBrowser browser = app.browser();
		Map<String, String> response = this.tenant.authorize(browser.startLogin(), Tweaks.none());
		return browser.deliver(response, ResponseMode.QUERY);
	}

}
