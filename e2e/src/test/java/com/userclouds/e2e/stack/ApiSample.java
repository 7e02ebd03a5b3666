package com.userclouds.e2e.stack;

import java.nio.file.Path;

/**
 * The two samples that are the orders API and an M2M client of it, one per web stack. The client-credentials and
 * bearer checks run against each; the test's display name says which.
 */
public enum ApiSample {

	SAMPLE_M2M("sample-m2m", "Spring MVC") {

		@Override
		Path jar(E2eSettings settings) {
			return settings.sampleM2mJar();
		}

	},

	SAMPLE_WEBFLUX("sample-webflux", "WebFlux") {

		@Override
		Path jar(E2eSettings settings) {
			return settings.sampleWebfluxJar();
		}

	};

	private final String module;

	private final String stack;

	ApiSample(String module, String stack) {
		this.module = module;
		this.stack = stack;
	}

	abstract Path jar(E2eSettings settings);

	/** The module's name, which the processes' log names start with. */
	public String module() {
		return this.module;
	}

	/** For display names: e.g. {@code sample-webflux (WebFlux)}. */
	@Override
	public String toString() {
		return this.module + " (" + this.stack + ")";
	}

}
