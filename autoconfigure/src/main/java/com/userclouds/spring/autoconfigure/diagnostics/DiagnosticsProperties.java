package com.userclouds.spring.autoconfigure.diagnostics;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Operations settings: the tenant health check and the startup report.
 */
@ConfigurationProperties("userclouds.diagnostics")
public class DiagnosticsProperties {

	/**
	 * The {@code userCloudsTenant} health indicator (with Spring Boot Actuator).
	 */
	private final Health health = new Health();

	/**
	 * Whether to log, once at startup, what the starter activated (tenant, resource-server paths and audiences, login
	 * flow, M2M clients); never secrets.
	 */
	private boolean startupReport = true;

	public Health getHealth() {
		return this.health;
	}

	public boolean isStartupReport() {
		return this.startupReport;
	}

	public void setStartupReport(boolean startupReport) {
		this.startupReport = startupReport;
	}

	/**
	 * How the tenant's health is checked.
	 */
	public static class Health {

		/**
		 * Shortest time between two checks of the tenant (discovery and JWKS requests); health requests in between
		 * are answered from the last check. With the default timeouts an outage shows within this interval plus 14
		 * seconds.
		 */
		private Duration probeInterval = Duration.ofSeconds(30);

		/**
		 * Whether the tenant check joins the {@code readiness} health group (never {@code liveness}), so an outage of
		 * the identity provider takes instances out of load balancing instead of restarting them.
		 */
		private boolean readiness = true;

		public Duration getProbeInterval() {
			return this.probeInterval;
		}

		public void setProbeInterval(Duration probeInterval) {
			this.probeInterval = probeInterval;
		}

		public boolean isReadiness() {
			return this.readiness;
		}

		public void setReadiness(boolean readiness) {
			this.readiness = readiness;
		}

	}

}
