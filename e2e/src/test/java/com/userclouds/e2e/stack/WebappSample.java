package com.userclouds.e2e.stack;

import java.nio.file.Path;

/**
 * The two samples a user logs in to, one per web stack: the same pages, so the same browser journeys run against
 * both. sample-gateway calls the API through its routes (Spring Cloud Gateway's {@code TokenRelay}), so its journeys
 * use the WebFlux API behind it.
 */
public enum WebappSample {

	SAMPLE_WEBAPP("sample-webapp", ApiSample.SAMPLE_M2M) {

		@Override
		Path jar(E2eSettings settings) {
			return settings.sampleWebappJar();
		}

	},

	SAMPLE_GATEWAY("sample-gateway", ApiSample.SAMPLE_WEBFLUX) {

		@Override
		Path jar(E2eSettings settings) {
			return settings.sampleGatewayJar();
		}

	};

	private final String module;

	private final ApiSample api;

	WebappSample(String module, ApiSample api) {
		this.module = module;
		this.api = api;
	}

	abstract Path jar(E2eSettings settings);

	/** The module's name, which the processes' log names start with. */
	public String module() {
		return this.module;
	}

	/** The API the sample's profile page calls with the user's access token. */
	ApiSample api() {
		return this.api;
	}

}
