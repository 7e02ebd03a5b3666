package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;

import com.userclouds.spring.autoconfigure.login.LoginAttemptEvent;
import com.userclouds.spring.autoconfigure.login.LoginFlow;

/**
 * Counts the logins that ended at the redirect URI ({@code userclouds.login}) by flow, outcome and, for a refused
 * login, a reason from a fixed set ({@link LoginFailureReason}). The flow comes from configuration, so the
 * {@code flow} tag has one value per application.
 */
final class LoginMetrics {

	static final String METER = "userclouds.login";

	private final MeterRegistry registry;

	LoginMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void onLoginAttempt(LoginAttemptEvent event) {
		Counter.builder(METER)
			.description("Logins through the UserClouds starter that ended at the redirect URI")
			.tag("flow", flow(event.flow()))
			.tag("outcome", event.success() ? "success" : "failure")
			.tag("reason", event.success() ? "none" : LoginFailureReason.of(event.error()).tag())
			.register(this.registry)
			.increment();
	}

	/** As {@code userclouds.login.flow} is written, e.g. {@code authorization-code}. */
	private static String flow(LoginFlow flow) {
		return flow.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
