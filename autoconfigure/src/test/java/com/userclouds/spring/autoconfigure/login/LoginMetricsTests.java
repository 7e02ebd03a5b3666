package com.userclouds.spring.autoconfigure.login;

import java.util.HashMap;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void countsCodeFlowLoginsByOutcomeAndReason(LoginStack stack) {
		runner(stack, "pkce").run((context) -> {
			assertLoggedIn(login(context, Tweaks.none()));
			// refused by oauth2Login's filter, before its authentication manager
			assertRefused(login(context, Tweaks.none().state("forged-state")));
			// refused by Spring Security's code flow provider
			assertRefused(login(context, Tweaks.none().error("access_denied")));
			// refused by the starter's RFC 9207 filter in front of oauth2Login
			assertRefused(login(context, Tweaks.none().iss("https://evil.example.com")));
			this.tenant.tokenEndpointTweaks(Tweaks.none().signedWithForeignKey());
			assertRefused(login(context, Tweaks.none()));
			this.tenant.breakTokenEndpoint();
			assertRefused(login(context, Tweaks.none()));
			assertCounted(context, "pkce", Map.of("none", 1.0, "invalid_state", 1.0, "access_denied", 1.0,
					"invalid_issuer", 1.0, "invalid_id_token", 1.0, "invalid_token_response", 1.0));
		});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void countsHybridLoginsByOutcomeAndReason(LoginStack stack) {
		runner(stack, "hybrid").run((context) -> {
			assertLoggedIn(login(context, Tweaks.none()));
			assertLoggedIn(login(context, Tweaks.none()));
			assertRefused(login(context, Tweaks.none().idTokenClaims((claims) -> claims.claim("nonce", "not-the-nonce"))));
			assertRefused(login(context, Tweaks.none().signedWithForeignKey()));
			// refused by the starter's callback filter, before its authentication provider
			assertRefused(login(context, Tweaks.none().error("access_denied")));
			assertRefused(login(context, Tweaks.none().state("forged-state")));
			assertCounted(context, "hybrid", Map.of("none", 2.0, "invalid_nonce", 1.0, "invalid_id_token", 1.0,
					"access_denied", 1.0, "invalid_state", 1.0));
		});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void countsImplicitLoginsAndKeepsUnknownProviderErrorsOutOfTheTags(LoginStack stack) {
		runner(stack, "implicit").run((context) -> {
			assertLoggedIn(login(context, Tweaks.none()));
			assertRefused(login(context, Tweaks.none().accessToken("not-a-jwt")));
			assertRefused(login(context, Tweaks.none().error("made_up_by_the_provider")));
			assertCounted(context, "implicit", Map.of("none", 1.0, "invalid_token", 1.0, "other", 1.0));
		});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void logsInWithoutCountingWhenThereIsNoMeterRegistry(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		stack.application(this.tenant)
			.withConfiguration(DiagnosticsAutoConfiguration.class)
			.run((context) -> {
				assertThat(context.context().getBeanNamesForType(MeterRegistry.class)).isEmpty();
				assertThat(context.context().containsBean("userCloudsTenantEventMetrics")).isFalse();
				assertLoggedIn(login(context, Tweaks.none()));
				assertRefused(login(context, Tweaks.none().error("access_denied")));
			});
	}

	/** The login test application with the diagnostics and a registry, against a new fake tenant. */
	private LoginStack.Run runner(LoginStack stack, String flow) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		return stack.application(this.tenant)
			.withConfiguration(DiagnosticsAutoConfiguration.class)
			.withUserConfiguration(MeterRegistryConfiguration.class)
			.withPropertyValues("userclouds.login.flow=" + flow);
	}

	@Configuration(proxyBeanMethods = false)
	static class MeterRegistryConfiguration {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

	}

	/** A whole login in a new browser, the tenant answering as {@code tweaks} say; the callback's answer. */
	private LoginBrowser.Response login(LoginStack.App app, Tweaks tweaks) {
		LoginBrowser browser = app.browser();
		Map<String, String> response = this.tenant.authorize(browser.startLogin(), tweaks);
		return browser.deliver(response, ResponseMode.QUERY);
	}

	private static void assertLoggedIn(LoginBrowser.Response callback) {
		assertThat(callback.redirectedPath()).isEqualTo("/profile");
	}

	private static void assertRefused(LoginBrowser.Response callback) {
		assertThat(callback.redirectedUrl()).isEqualTo("/login?error");
	}

	/**
	 * The login counters, by reason, are exactly {@code expected}: every one tagged with the flow, {@code none} with
	 * the outcome {@code success} and every other reason with {@code failure}.
	 */
	private static void assertCounted(LoginStack.App app, String flow, Map<String, Double> expected) {
		Map<String, Double> counted = new HashMap<>();
		for (Counter counter : app.bean(MeterRegistry.class).find(METER).counters()) {
			Meter.Id id = counter.getId();
			String reason = id.getTag("reason");
			assertThat(id.getTag("flow")).isEqualTo(flow);
			assertThat(id.getTag("outcome")).isEqualTo("none".equals(reason) ? "success" : "failure");
			counted.put(reason, counter.count());
		}
		assertThat(counted).isEqualTo(expected);
	}

}
