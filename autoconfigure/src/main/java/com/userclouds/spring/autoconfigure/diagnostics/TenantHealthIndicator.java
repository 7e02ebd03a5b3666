package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import com.userclouds.spring.autoconfigure.tenant.JwksRefreshEvent;

/**
 * The tenant's health: UP when its discovery document and a non-empty JWK set can be read. Details name what was
 * checked, the key count and the decoder's last key refresh; never keys, tokens or secrets.
 */
final class TenantHealthIndicator implements HealthIndicator {

	private final String issuer;

	private final TenantProbe probe;

	private final LastKeyRefresh lastKeyRefresh;

	TenantHealthIndicator(String issuer, TenantProbe probe, LastKeyRefresh lastKeyRefresh) {
		this.issuer = issuer;
		this.probe = probe;
		this.lastKeyRefresh = lastKeyRefresh;
	}

	@Override
	public Health health() {
		TenantProbeResult result = this.probe.result();
		Health.Builder health = result.up() ? Health.up() : Health.down();
		health.withDetail("tenant", this.issuer)
			.withDetail("discovery", (result.discoveryProblem() == null) ? "reachable" : "unreachable")
			.withDetail("jwks", !result.jwksChecked() ? "unknown" : (result.jwksProblem() == null) ? "reachable" : "unreachable")
			.withDetail("checkedAt", result.checkedAt().toString());
		if (result.keyCount() >= 0) {
			health.withDetail("keys", result.keyCount());
		}
		JwksRefreshEvent refresh = this.lastKeyRefresh.last();
		if (refresh != null) {
			health.withDetail("lastKeyRefresh", refresh.at().toString())
				.withDetail("lastKeyRefreshSucceeded", refresh.success());
		}
		if (result.problem() != null) {
			health.withDetail("error", result.problem());
		}
		return health.build();
	}

}
