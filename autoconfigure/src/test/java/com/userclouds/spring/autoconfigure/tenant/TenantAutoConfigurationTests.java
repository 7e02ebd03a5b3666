package com.userclouds.spring.autoconfigure.tenant;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.UserCloudsPropertyFailureAnalyzer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shared tenant beans: created without calling the tenant, backing off from the application's, and failing
 * startup with a message naming {@code userclouds.tenant-url} when it is missing or malformed.
 */
class TenantAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class));

	@Test
	void createsTheTenantAndItsKeysWithoutCallingIt() {
		// port 9 (discard) on loopback: any request would fail, so a context that starts made none
		this.runner.withPropertyValues("userclouds.tenant-url=http://127.0.0.1:9/").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(UserCloudsTenant.class).issuer()).isEqualTo("http://127.0.0.1:9");
			assertThat(context.getBean(UserCloudsTenant.class).metadataIfKnown()).isNull();
			assertThat(context).hasSingleBean(TenantJwkSource.class);
		});
	}

	@Test
	void backsOffFromTheApplicationsTenant() {
		this.runner.withUserConfiguration(OwnTenant.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(UserCloudsTenant.class).issuer()).isEqualTo("https://own.tenant.userclouds.com");
		});
	}

	@Test
	void missingTenantUrlFailsStartupNamingTheProperty() {
		this.runner.run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'userclouds.tenant-url' is not set");
			assertThat(analysis.getAction()).contains("Set 'userclouds.tenant-url'");
		});
	}

	@ParameterizedTest
	@ValueSource(strings = { "acme-prod.tenant.userclouds.com", "http://acme-prod.tenant.userclouds.com",
			"https://acme-prod.tenant.userclouds.com?x=1", "https://user@acme-prod.tenant.userclouds.com",
			"https://exa mple.com", "ftp://acme.example.com" })
	void malformedTenantUrlFailsStartupNamingTheProperty(String url) {
		this.runner.withPropertyValues("userclouds.tenant-url=" + url).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'userclouds.tenant-url' is set to '" + url + "'");
		});
	}

	@Test
	void failureAnalyzerIsRegistered() {
		assertThat(org.springframework.core.io.support.SpringFactoriesLoader.loadFactoryNames(
				org.springframework.boot.diagnostics.FailureAnalyzer.class, getClass().getClassLoader()))
			.contains(UserCloudsPropertyFailureAnalyzer.class.getName());
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnTenant {

		@Bean
		UserCloudsTenant ownTenant() {
			UserCloudsProperties properties = new UserCloudsProperties();
			properties.setTenantUrl("https://own.tenant.userclouds.com");
			return new UserCloudsTenant(properties, new DefaultResourceRetriever());
		}

	}

}
