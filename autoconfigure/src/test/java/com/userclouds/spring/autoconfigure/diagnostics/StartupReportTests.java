package com.userclouds.spring.autoconfigure.diagnostics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.test.context.runner.AbstractApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.userclouds.spring.autoconfigure.login.LoginAutoConfiguration;
import com.userclouds.spring.autoconfigure.m2m.M2mAutoConfiguration;
import com.userclouds.spring.autoconfigure.resource.ResourceServerAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The startup report of an application with every capability, and the warning when the configuration and the
 * tenant's discovery disagree, given when discovery is first read; on both stacks (a subclass for each), which report
 * alike.
 */
@ExtendWith(OutputCaptureExtension.class)
abstract class StartupReportTests {

	private static final String LOGIN_SECRET = "login-secret-value";

	private static final String M2M_SECRET = "m2m-secret-value";

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	/** A web application of the stack under test. */
	abstract AbstractApplicationContextRunner<?, ?, ?> webApplication();

	/** What the report says of login, with the hybrid login client configured below. */
	private static final String LOGIN = "flow HYBRID, response type code token, client id " + FakeTenant.CLIENT_ID
			+ ", client secret set";

	private AbstractApplicationContextRunner<?, ?, ?> runner(FakeTenant.Shape shape) {
		this.tenant = new FakeTenant(shape).start();
		return webApplication()
			.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class,
					ClientRegistrationsAutoConfiguration.class, ResourceServerAutoConfiguration.class,
					LoginAutoConfiguration.class, M2mAutoConfiguration.class, DiagnosticsAutoConfiguration.class,
					RestClientAutoConfiguration.class, SecurityAutoConfiguration.class,
					ServletWebSecurityAutoConfiguration.class, ReactiveWebSecurityAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class))
			.withPropertyValues("userclouds.tenant-url=" + this.tenant.issuer(),
					"userclouds.login.client-id=" + FakeTenant.CLIENT_ID, "userclouds.login.client-secret=" + LOGIN_SECRET,
					"userclouds.login.flow=hybrid", "userclouds.login.response-type=code token",
					"userclouds.m2m.clients.orders.client-id=orders-app",
					"userclouds.m2m.clients.orders.client-secret=" + M2M_SECRET,
					"userclouds.resource-server.audiences=https://orders.example.com");
	}

	@Test
	void listsWhatTheStarterActivatedWithoutSecrets(CapturedOutput output) {
		runner(FakeTenant.Shape.USERCLOUDS).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output.getOut()).contains("UserClouds starter:")
				.contains("tenant: " + this.tenant.issuer())
				.contains("resource server: paths [/api/**], audiences [https://orders.example.com]")
				.contains("login: " + LOGIN)
				.contains("machine-to-machine clients: [orders]")
				.doesNotContain(LOGIN_SECRET)
				.doesNotContain(M2M_SECRET);
			assertThat(this.tenant.tokenRequests()).as("the report calls no tenant").isEmpty();
		});
	}

	@Test
	void namesEveryMeterWhenTheApplicationHasARegistry(CapturedOutput output) {
		runner(FakeTenant.Shape.USERCLOUDS).withBean(MeterRegistry.class, SimpleMeterRegistry::new).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(output.getOut()).contains("metrics: userclouds.token.validations, userclouds.token.cache, "
					+ "userclouds.jwks.refreshes, userclouds.m2m.token.requests, userclouds.login");
		});
	}

	@Test
	void noReportWhenSwitchedOff(CapturedOutput output) {
		runner(FakeTenant.Shape.USERCLOUDS).withPropertyValues("userclouds.diagnostics.startup-report=false")
			.run((context) -> {
				assertThat(context).doesNotHaveBean(StartupReport.class);
				assertThat(output.getOut()).doesNotContain("UserClouds starter:");
			});
	}

	@Test
	void warnsOnceWhenDiscoveryDisagreesWithTheConfiguration(CapturedOutput output) {
		runner(FakeTenant.Shape.STANDARD)
			.withPropertyValues("userclouds.endpoints.token=" + "http://127.0.0.1:1/elsewhere/token")
			.run((context) -> {
				assertThat(output.getOut()).doesNotContain("disagree");
				UserCloudsTenant tenant = context.getBean(UserCloudsTenant.class);
				tenant.metadata();
				tenant.metadata();
				assertThat(output.getOut()).containsOnlyOnce("disagree")
					.contains("userclouds.endpoints.token is http://127.0.0.1:1/elsewhere/token, discovery advertises "
							+ this.tenant.issuer() + "/oidc/token");
			});
	}

	/** What is logged once discovery is read (STANDARD: it lists no 'code token'). */
	String outputAfterDiscovery(CapturedOutput output) {
		runner(FakeTenant.Shape.STANDARD).run((context) -> context.getBean(UserCloudsTenant.class).metadata());
		return output.getOut();
	}

	@Test
	void userCloudsUnderReportedResponseTypesAreNoDisagreement(CapturedOutput output) {
		runner(FakeTenant.Shape.USERCLOUDS).run((context) -> {
			context.getBean(UserCloudsTenant.class).metadata();
			assertThat(output.getOut()).doesNotContain("disagree");
		});
	}

	@Test
	void warnsOfALoginResponseTypeDiscoveryDoesNotList(CapturedOutput output) {
		assertThat(outputAfterDiscovery(output)).containsOnlyOnce("disagree")
			.contains("response type 'code token' (flow HYBRID) is not in the provider's response_types_supported");
	}

}
