package com.userclouds.spring.autoconfigure.login;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.assertj.ApplicationContextAssertProvider;
import org.springframework.boot.reactor.netty.autoconfigure.NettyReactiveWebServerAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.web.server.reactive.context.AnnotationConfigReactiveWebServerApplicationContext;
import org.springframework.boot.webflux.autoconfigure.HttpHandlerAutoConfiguration;
import org.springframework.boot.webflux.autoconfigure.WebFluxAutoConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.util.function.ThrowingConsumer;
import org.springframework.web.context.WebApplicationContext;

import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The stack a login suite runs on: each suite is written once and parameterized over both, so every flow, response
 * mode and rejection is proven on the servlet stack and on WebFlux alike.
 */
enum LoginStack {

	/** Spring MVC, through MockMvc. */
	SERVLET((context) -> new ServletLoginBrowser((WebApplicationContext) context)),

	/** WebFlux, through a WebTestClient bound to the application. */
	REACTIVE(ReactiveLoginBrowser::new);

	private final Function<ApplicationContext, LoginBrowser> browsers;

	LoginStack(Function<ApplicationContext, LoginBrowser> browsers) {
		this.browsers = browsers;
	}

	/** The login test application on this stack, against {@code tenant}. */
	Run application(FakeTenant tenant) {
		return new Run(this, tenant, List.of(), List.of(), List.of());
	}

	/** An application about to run, with its properties and the configurations it adds. */
	record Run(LoginStack stack, FakeTenant tenant, List<String> properties, List<Class<?>> autoConfigurations,
			List<Class<?>> userConfigurations) {

		Run withPropertyValues(String... more) {
			return new Run(this.stack, this.tenant, plus(this.properties, more), this.autoConfigurations,
					this.userConfigurations);
		}

		Run withConfiguration(Class<?>... more) {
			return new Run(this.stack, this.tenant, this.properties, plus(this.autoConfigurations, more),
					this.userConfigurations);
		}

		Run withUserConfiguration(Class<?>... more) {
			return new Run(this.stack, this.tenant, this.properties, this.autoConfigurations,
					plus(this.userConfigurations, more));
		}

		/** Starts the application, checks that it started, and hands it to {@code test}. */
		void run(ThrowingConsumer<App> test) {
			String[] values = this.properties.toArray(String[]::new);
			AutoConfigurations added = AutoConfigurations.of(this.autoConfigurations.toArray(Class<?>[]::new));
			Class<?>[] user = this.userConfigurations.toArray(Class<?>[]::new);
			if (this.stack == SERVLET) {
				LoginTestApplication.runner(this.tenant)
					.withConfiguration(added)
					.withUserConfiguration(user)
					.withPropertyValues(values)
					.run((context) -> test(context, test));
			}
			else {
				reactiveRunner(this.tenant).withConfiguration(added)
					.withUserConfiguration(user)
					.withPropertyValues(values)
					.run((context) -> test(context, test));
			}
		}

		private static <T> List<T> plus(List<T> list, T[] more) {
			List<T> all = new ArrayList<>(list);
			all.addAll(List.of(more));
			return all;
		}

		private void test(ApplicationContextAssertProvider<? extends ApplicationContext> context,
				ThrowingConsumer<App> test) {
			assertThat(context.getStartupFailure()).as("startup failure").isNull();
			test.accept(new App(this.stack, context));
		}

	}

	/** The running application. */
	record App(LoginStack stack, ApplicationContext context) {

		/** A new browser, with no session yet. */
		LoginBrowser browser() {
			return this.stack.browsers.apply(this.context);
		}

		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

	}

	static ReactiveWebApplicationContextRunner reactiveRunner(FakeTenant tenant) {
		return reactiveRunner(tenant.issuer());
	}

	/** The login test application on WebFlux, against the tenant at {@code tenantUrl}. */
	static ReactiveWebApplicationContextRunner reactiveRunner(String tenantUrl) {
		return reactiveRunnerWithoutClient(tenantUrl).withPropertyValues("userclouds.login.client-id=" + FakeTenant.CLIENT_ID);
	}

	/** The login test application on WebFlux with no login client configured. */
	static ReactiveWebApplicationContextRunner reactiveRunnerWithoutClient(String tenantUrl) {
		return withLoginApplication(new ReactiveWebApplicationContextRunner(), tenantUrl);
	}

	/** The login test application on a real Reactor Netty server, on a free port. */
	static ReactiveWebApplicationContextRunner reactiveServerRunner(FakeTenant tenant) {
		return withLoginApplication(
				new ReactiveWebApplicationContextRunner(AnnotationConfigReactiveWebServerApplicationContext::new),
				tenant.issuer())
			.withConfiguration(AutoConfigurations.of(NettyReactiveWebServerAutoConfiguration.class))
			.withPropertyValues("server.port=0", "userclouds.login.client-id=" + FakeTenant.CLIENT_ID);
	}

	private static ReactiveWebApplicationContextRunner withLoginApplication(ReactiveWebApplicationContextRunner runner,
			String tenantUrl) {
		return runner
			.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class,
					ClientRegistrationsAutoConfiguration.class, LoginAutoConfiguration.class,
					SecurityAutoConfiguration.class, ReactiveWebSecurityAutoConfiguration.class,
					ReactiveUserDetailsServiceAutoConfiguration.class, ReactiveOAuth2ClientAutoConfiguration.class,
					ReactiveOAuth2ClientWebSecurityAutoConfiguration.class, WebFluxAutoConfiguration.class,
					HttpHandlerAutoConfiguration.class))
			.withUserConfiguration(ReactiveLoginTestApplication.class)
			.withPropertyValues("userclouds.tenant-url=" + tenantUrl);
	}

}
