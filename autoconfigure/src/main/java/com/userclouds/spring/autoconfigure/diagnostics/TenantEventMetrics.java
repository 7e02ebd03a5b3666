package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;

import com.userclouds.spring.autoconfigure.login.LoginAttemptEvent;
import com.userclouds.spring.autoconfigure.login.LoginFlow;
import com.userclouds.spring.autoconfigure.m2m.M2mTokenRequestEvent;
import com.userclouds.spring.autoconfigure.tenant.JwksRefreshEvent;

/**
 * Counts what the capabilities publish about their exchanges with the tenant: JWKS fetches
 * ({@code userclouds.jwks.refreshes}), M2M token requests ({@code userclouds.m2m.token.requests}) and logins that
 * ended at the redirect URI ({@code userclouds.login}). Client names and the login flow come from configuration, so
 * the {@code client} tag has as many values as configured clients and the {@code flow} tag one; a refused login's
 * {@code reason} is folded into a fixed set ({@link LoginFailureReason}).
 */
final class TenantEventMetrics {

	static final String JWKS_REFRESHES = "userclouds.jwks.refreshes";

	static final String M2M_TOKEN_REQUESTS = "userclouds.m2m.token.requests";

	static final String LOGINS = "userclouds.login";

	private final MeterRegistry registry;

	TenantEventMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@EventListener
	void onJwksRefresh(JwksRefreshEvent event) {
		Counter.builder(JWKS_REFRESHES)
			.description("Fetches of the UserClouds tenant's JWK set")
			.tag("outcome", event.success() ? "success" : "failure")
			.register(this.registry)
			.increment();
	}

	@EventListener
	void onM2mTokenRequest(M2mTokenRequestEvent event) {
		Counter.builder(M2M_TOKEN_REQUESTS)
			.description("Token requests of the UserClouds starter's machine-to-machine clients")
			.tag("client", event.client())
			.tag("outcome", event.outcome().name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.increment();
	}

	@EventListener
	void onLoginAttempt(LoginAttemptEvent event) {
		Counter.builder(LOGINS)
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
