package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityWebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The test classpath has Spring MVC and WebFlux, as an application that brings both has: the starter builds the
 * stack Spring Boot picks (servlet unless {@code spring.main.web-application-type} says otherwise), never both, and
 * its diagnostics are the same on either. Real startups of {@link DiagnosticsTestApplication} on free ports; nothing
 * calls the tenant at startup (port 9 on loopback discards everything).
 */
class WebApplicationTypeTests {

	private static final String TENANT = "userclouds.tenant-url=http://127.0.0.1:9";

	@Test
	void bothStacksOnTheClasspathMakeAServletApplication() {
		try (ConfigurableApplicationContext context = application().run()) {
			assertThat(context).isInstanceOf(ServletWebServerApplicationContext.class);
			assertThat(context.getBeansOfType(UserCloudsSecurityFilterChain.class)).hasSize(1);
			assertThat(context.getBeansOfType(UserCloudsSecurityWebFilterChain.class)).isEmpty();
			assertThat(context.getBeansOfType(ReactiveJwtDecoder.class)).isEmpty();
			assertTheDiagnostics(context);
		}
	}

	@Test
	void aReactiveApplicationGetsTheReactiveStackOnly() {
		try (ConfigurableApplicationContext context = application().properties("spring.main.web-application-type=reactive")
			.run()) {
			assertThat(context).isInstanceOf(ReactiveWebServerApplicationContext.class);
			assertThat(context.getBeansOfType(UserCloudsSecurityWebFilterChain.class)).hasSize(1);
			assertThat(context.getBeansOfType(ReactiveJwtDecoder.class)).hasSize(1);
			assertThat(context.getBeansOfType(UserCloudsSecurityFilterChain.class)).isEmpty();
			assertTheDiagnostics(context);
		}
	}

	private static SpringApplicationBuilder application() {
		return new SpringApplicationBuilder(DiagnosticsTestApplication.class).properties(TENANT, "server.port=0",
				"server.address=127.0.0.1");
	}

	private static void assertTheDiagnostics(ConfigurableApplicationContext context) {
		assertThat(context.getBean("userCloudsJwtDecoder", JwtDecoder.class))
			.isInstanceOf(MeasuredJwtDecoder.class);
		assertThat(context.containsBean(TenantHealthConfiguration.CONTRIBUTOR_NAME + "HealthIndicator")).isTrue();
		assertThat(context.getBeansOfType(ReadinessGroupPostProcessor.class)).hasSize(1);
		assertThat(context.getBeansOfType(TenantEventMetrics.class)).hasSize(1);
		assertThat(context.getBeansOfType(StartupReport.class)).hasSize(1);
	}

}
