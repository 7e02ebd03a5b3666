package com.userclouds.spring.autoconfigure;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Configuration;

import com.userclouds.spring.autoconfigure.login.LoginProperties;
import com.userclouds.spring.autoconfigure.m2m.M2mProperties;
import com.userclouds.spring.autoconfigure.resource.ResourceServerProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every branch of the {@code userclouds} tree refuses an unusable value as it is bound, before any bean reads it and
 * whichever stack (servlet or reactive) the application runs: nothing here but the bound properties.
 */
@ExtendWith(OutputCaptureExtension.class)
class UserCloudsPropertiesValidationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withUserConfiguration(PropertiesOnly.class);

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "userclouds.tenant-url=ftp://acme.example.com | userclouds.tenant-url",
			"userclouds.resource-server.paths=api/** | userclouds.resource-server.paths",
			"userclouds.resource-server.audiences=https://orders.example.com, | userclouds.resource-server.audiences",
			"userclouds.resource-server.clock-skew=-5s | userclouds.resource-server.clock-skew",
			"userclouds.resource-server.algorithms=HS256 | userclouds.resource-server.algorithms",
			"userclouds.resource-server.cache.max-size=0 | userclouds.resource-server.cache.max-size",
			"userclouds.login.scopes=profile | userclouds.login.scopes",
			"userclouds.login.response-type=id_token | userclouds.login.response-type",
			"userclouds.m2m.clients.orders.client-secret=s3cret | userclouds.m2m.clients.orders.client-id",
			"userclouds.m2m.clients.orders.client-id=orders | userclouds.m2m.clients.orders.client-secret" })
	void anUnusableValueStopsBindingNamingTheProperty(String setting, String property) {
		this.runner.withPropertyValues(setting).run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidUserCloudsPropertyException.class,
						(ex) -> assertThat(ex.getName()).isEqualTo(property))
				.hasMessageNotContaining("s3cret");
			FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis.getDescription()).contains(property);
			assertThat(analysis.getAction()).contains(property);
		});
	}

	@Test
	void theDefaultsAreValid() {
		this.runner.run((context) -> assertThat(context).hasNotFailed());
	}

	@Test
	void theStarterExplainsTheFailureRatherThanSpringBootsGenericBindAnalysis(CapturedOutput output) {
		SpringApplication application = new SpringApplication(PropertiesOnly.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		application.setDefaultProperties(java.util.Map.of("userclouds.resource-server.clock-skew", "-5s"));

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(application::run);
		assertThat(output).contains("'userclouds.resource-server.clock-skew' is set to 'PT-5S'")
			.contains("Fix 'userclouds.resource-server.clock-skew'");
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ UserCloudsProperties.class, ResourceServerProperties.class, LoginProperties.class,
			M2mProperties.class })
	static class PropertiesOnly {

	}

}
