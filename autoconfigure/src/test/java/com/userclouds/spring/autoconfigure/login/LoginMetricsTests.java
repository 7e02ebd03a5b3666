package com.userclouds.spring.autoconfigure.login;

import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;

import com.userclouds.spring.autoconfigure.diagnostics.DiagnosticsAutoConfiguration;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code userclouds.login} counter, fed by real logins through the real filter chain against a fake tenant: Spring
 * Security's {@code oauth2Login} for the code flows, the starter's callback for hybrid and implicit. Failures found at
 * each step of a login count, each login exactly once.
 */
class LoginMetricsTests {

	private static final String METER = "userclouds.login";

	private static final String FOREIGN_ISSUER = "https://evil.example.com";

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	@Test
	void countsCodeFlowLoginsByOutcomeAndReason() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		runner("pkce").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertLoggedIn(login(context, Tweaks.none()));
			// refused by oauth2Login's filter, before its authentication manager
			assertRefused(login(context, Tweaks.none().state("forged-state")));
			// refused by Spring Security's code flow provider
			assertRefused(login(context, Tweaks.none().error("access_denied")));
			// refused by the starter's RFC 9207 filter in front of oauth2Login
			assertRefused(login(context, Tweaks.none().iss(FOREIGN_ISSUER)));
			this.tenant.tokenEndpointTweaks(Tweaks.none().signedWithForeignKey());
			assertRefused(login(context, Tweaks.none()));
			this.tenant.breakTokenEndpoint();
			assertRefused(login(context, Tweaks.none()));

			assertThat(count(registry, "pkce", "success", "none")).isEqualTo(1);
			assertThat(count(registry, "pkce", "failure", "invalid_state")).isEqualTo(1);
			assertThat(count(registry, "pkce", "failure", "access_denied")).isEqualTo(1);
			assertThat(count(registry, "pkce", "failure", "invalid_issuer")).isEqualTo(1);
			assertThat(count(registry, "pkce", "failure", "invalid_id_token")).isEqualTo(1);
			assertThat(count(registry, "pkce", "failure", "invalid_token_response")).isEqualTo(1);
			assertThat(total(registry)).as("each login once").isEqualTo(6);
		});
	}

	@Test
	void countsHybridLoginsByOutcomeAndReason() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		runner("hybrid").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertLoggedIn(login(context, Tweaks.none()));
			assertLoggedIn(login(context, Tweaks.none()));
			assertRefused(login(context, Tweaks.none().idTokenClaims((claims) -> claims.claim("nonce", "not-the-nonce"))));
			assertRefused(login(context, Tweaks.none().signedWithForeignKey()));
			// refused by the starter's callback filter, before its authentication provider
			assertRefused(login(context, Tweaks.none().error("access_denied")));
			assertRefused(login(context, Tweaks.none().state("forged-state")));

			assertThat(count(registry, "hybrid", "success", "none")).isEqualTo(2);
			assertThat(count(registry, "hybrid", "failure", "invalid_nonce")).isEqualTo(1);
			assertThat(count(registry, "hybrid", "failure", "invalid_id_token")).isEqualTo(1);
			assertThat(count(registry, "hybrid", "failure", "access_denied")).isEqualTo(1);
			assertThat(count(registry, "hybrid", "failure", "invalid_state")).isEqualTo(1);
			assertThat(total(registry)).as("each login once").isEqualTo(6);
		});
	}

	@Test
	void countsImplicitLoginsAndKeepsUnknownProviderErrorsOutOfTheTags() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		runner("implicit").run((context) -> {
			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertLoggedIn(login(context, Tweaks.none()));
			assertRefused(login(context, Tweaks.none().accessToken("not-a-jwt")));
			assertRefused(login(context, Tweaks.none().error("made_up_by_the_provider")));

			assertThat(count(registry, "implicit", "success", "none")).isEqualTo(1);
			assertThat(count(registry, "implicit", "failure", "invalid_token")).isEqualTo(1);
			assertThat(count(registry, "implicit", "failure", "other")).isEqualTo(1);
			assertThat(registry.find(METER).tag("reason", "made_up_by_the_provider").counter()).isNull();
			assertThat(total(registry)).isEqualTo(3);
		});
	}

	@Test
	void logsInWithoutCountingWhenThereIsNoMeterRegistry() {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		LoginTestApplication.runner(this.tenant)
			.withConfiguration(AutoConfigurations.of(DiagnosticsAutoConfiguration.class))
			.run((context) -> {
				assertThat(context).doesNotHaveBean(MeterRegistry.class);
				assertThat(context).doesNotHaveBean("userCloudsLoginMetrics");
				assertLoggedIn(login(context, Tweaks.none()));
				assertRefused(login(context, Tweaks.none().error("access_denied")));
			});
	}

	private WebApplicationContextRunner runner(String flow) {
		return LoginTestApplication.runner(this.tenant)
			.withConfiguration(AutoConfigurations.of(DiagnosticsAutoConfiguration.class))
			.withBean(MeterRegistry.class, SimpleMeterRegistry::new)
			.withPropertyValues("userclouds.login.flow=" + flow);
	}

	/** A whole login in a new browser, the tenant answering as {@code tweaks} say; the callback's answer. */
	private MockHttpServletResponse login(WebApplicationContext context, Tweaks tweaks) {
		LoginBrowser browser = new LoginBrowser(context);
		Map<String, String> response = this.tenant.authorize(browser.startLogin(), tweaks);
		return browser.deliver(response, ResponseMode.QUERY);
	}

	private static void assertLoggedIn(MockHttpServletResponse callback) {
		assertThat(callback.getRedirectedUrl()).startsWith("http://localhost/profile");
	}

	private static void assertRefused(MockHttpServletResponse callback) {
		assertThat(callback.getRedirectedUrl()).isEqualTo("/login?error");
	}

	private static double count(MeterRegistry registry, String flow, String outcome, String reason) {
		return registry.get(METER).tag("flow", flow).tag("outcome", outcome).tag("reason", reason).counter().count();
	}

	private static double total(MeterRegistry registry) {
		return registry.find(METER).counters().stream().mapToDouble(Counter::count).sum();
	}

}
