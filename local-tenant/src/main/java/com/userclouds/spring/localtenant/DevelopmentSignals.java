package com.userclouds.spring.localtenant;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.ClassUtils;

/**
 * What tells that an application runs in development, where the local tenant may start without being enabled: an
 * active {@code dev} or {@code local} profile, or Spring Boot DevTools on the classpath (which a packaged application
 * does not carry: Spring Boot's build plugins leave it out).
 */
final class DevelopmentSignals {

	static final List<String> PROFILES = List.of("dev", "local");

	static final String DEVTOOLS_CLASS = "org.springframework.boot.devtools.restart.Restarter";

	private DevelopmentSignals() {
	}

	/**
	 * The first signal present, described for the log; empty outside development.
	 */
	static Optional<String> of(SpringApplication application, ConfigurableEnvironment environment) {
		Optional<String> profile = Arrays.stream(environment.getActiveProfiles())
			.filter(PROFILES::contains)
			.findFirst()
			.map((name) -> "the '" + name + "' profile");
		if (profile.isPresent()) {
			return profile;
		}
		if (ClassUtils.isPresent(DEVTOOLS_CLASS, application.getClassLoader())) {
			return Optional.of("Spring Boot DevTools");
		}
		return Optional.empty();
	}

}
