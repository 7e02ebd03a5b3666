package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Which of Spring Security's observations the application's {@link ObservationRegistry} would record, asked of the
 * registry's own predicates (Spring Boot's {@code management.observations.enable.*} among them).
 * <p>
 * Why: Spring Security wraps its filter chains, authentication and authorization managers in observing decorators
 * whenever a registry exists, and only a {@link SecurityObservationSettings} bean stops it. With observations switched
 * off by properties the decorators still run on every request, creating a no-op observation per filter: about 5% of a
 * cached-token API request on either stack (docs/benchmarks.md). Observations the registry would record are kept.
 */
final class SecurityObservations {

	/** The names Spring Security 7 gives its observations (their conventions' {@code OBSERVATION_NAME}s). */
	static final String FILTER_CHAINS = "spring.security.filterchains";

	static final String SECURED_REQUESTS = "spring.security.http.secured.requests";

	static final String UNSECURED_REQUESTS = "spring.security.http.unsecured.requests";

	static final String AUTHENTICATIONS = "spring.security.authentications";

	static final String AUTHORIZATIONS = "spring.security.authorizations";

	private SecurityObservations() {
	}

	static SecurityObservationSettings settings(ObservationRegistry registry) {
		return SecurityObservationSettings.withDefaults()
			.shouldObserveRequests(recorded(registry, FILTER_CHAINS) || recorded(registry, SECURED_REQUESTS)
					|| recorded(registry, UNSECURED_REQUESTS))
			.shouldObserveAuthentications(recorded(registry, AUTHENTICATIONS))
			.shouldObserveAuthorizations(recorded(registry, AUTHORIZATIONS))
			.build();
	}

	private static boolean recorded(ObservationRegistry registry, String name) {
		// never started, so no handler sees it; a bare context: Spring Boot's predicates read the name only
		return !Observation.createNotStarted(name, registry).isNoop();
	}

}
