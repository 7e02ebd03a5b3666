package com.userclouds.spring.autoconfigure.login;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whole logins on a real Reactor Netty server, watched by BlockHound: checking a response exchanges the code, reads
 * the user info and fetches the tenant's keys with blocking I/O, none of which may happen on an event loop.
 */
class ReactiveLoginEventLoopTests {

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "pkce", "hybrid", "implicit" })
	void logsInWithoutBlockingAnEventLoop(String flow) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		EventLoopBlockingCalls.watch();
		EventLoopBlockingCalls.takeSeen();
		LoginStack.reactiveServerRunner(this.tenant)
			.withPropertyValues("userclouds.login.flow=" + flow)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				int port = ((ReactiveWebServerApplicationContext) context.getSourceApplicationContext()).getWebServer()
					.getPort();
				LoginBrowser browser = ReactiveLoginBrowser.onServer(context, port);
				Map<String, String> response = this.tenant.authorize(browser.startLogin(), Tweaks.none());
				assertThat(browser.deliver(response, ResponseMode.QUERY).redirectedPath()).isEqualTo("/profile");
				assertThat(browser.get("/profile").body()).contains("sub=" + FakeTenant.USER);
			});
		assertThat(EventLoopBlockingCalls.takeSeen()).isEmpty();
	}

}
