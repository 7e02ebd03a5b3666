package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.Locale;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.EventListener;

import com.userclouds.spring.autoconfigure.m2m.M2mTokenRequestEvent;
import com.userclouds.spring.autoconfigure.tenant.JwksRefreshEvent;

/**
 * Counts what the capabilities publish about their calls to the tenant: JWKS fetches
 * ({@code userclouds.jwks.refreshes}) and M2M token requests ({@code userclouds.m2m.token.requests}). Client names
 * come from configuration, so the {@code client} tag has as many values as configured clients.
 */
final class TenantEventMetrics {

	static final String JWKS_REFRESHES = "userclouds.jwks.refreshes";

	static final String M2M_TOKEN_REQUESTS = "userclouds.m2m.token.requests";

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

}
