package com.userclouds.spring.autoconfigure.tenant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.diagnostics.FailureAnalysis;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;
import com.userclouds.spring.autoconfigure.UserCloudsPropertyFailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * What a developer reads when {@code userclouds.tenant-url} stops startup.
 */
class TenantUrlFailureAnalysisTests {

	private final UserCloudsPropertyFailureAnalyzer analyzer = new UserCloudsPropertyFailureAnalyzer();

	@Test
	void explainsAMissingTenantUrl() {
		FailureAnalysis analysis = this.analyzer.analyze(wrapped(failure(null)));
		assertThat(analysis.getDescription()).contains("'userclouds.tenant-url' is not set");
		assertThat(analysis.getAction()).contains("Set 'userclouds.tenant-url'")
			.contains("https://<company>-<tenant>.tenant.userclouds.com");
	}

	@Test
	void explainsAMalformedTenantUrlWithItsValueAndReason() {
		FailureAnalysis analysis = this.analyzer.analyze(wrapped(failure("http://acme.example.com")));
		assertThat(analysis.getDescription()).contains("'userclouds.tenant-url' is set to 'http://acme.example.com'")
			.contains("https");
	}

	@Test
	void ignoresOtherFailures() {
		assertThat(this.analyzer.analyze(new IllegalStateException("something else"))).isNull();
	}

	private static InvalidUserCloudsPropertyException failure(String value) {
		return catchThrowableOfType(InvalidUserCloudsPropertyException.class, () -> TenantUrl.normalize(value));
	}

	private static Throwable wrapped(Throwable cause) {
		return new BeanCreationException("userCloudsTenant", "Failed to instantiate", cause);
	}

}
