package com.userclouds.spring.localtenant;

import java.util.stream.Collectors;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.aot.AbstractAotProcessor;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.SmartApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import com.userclouds.spring.localtenant.server.LocalTenantServer;

/**
 * Starts (or reuses) a local tenant for an application that has no {@code userclouds.tenant-url}, before its context
 * is created, and tells the application where it is and which clients to use. Only when enabled
 * ({@code userclouds.local-tenant.enabled=true}) or in development ({@link DevelopmentSignals}); otherwise a missing
 * tenant URL stops startup ({@link TenantUrlRequiredException}), since the tenant's secrets are published. Registered in
 * {@code META-INF/spring.factories} so that it runs as soon as the environment is ready. The tenant it started stops
 * when the application's context closes or its startup fails.
 */
public class LocalTenantLauncher implements SmartApplicationListener {

	private static final Log logger = LogFactory.getLog(LocalTenantLauncher.class);

	private LocalTenant tenant;

	private ApplicationContext applicationContext;

	@Override
	public boolean supportsEventType(Class<? extends ApplicationEvent> eventType) {
		return ApplicationEnvironmentPreparedEvent.class.isAssignableFrom(eventType)
				|| ApplicationPreparedEvent.class.isAssignableFrom(eventType)
				|| ContextClosedEvent.class.isAssignableFrom(eventType)
				|| ApplicationFailedEvent.class.isAssignableFrom(eventType);
	}

	@Override
	public int getOrder() {
		// after the configuration files are read (and logging is set up)
		return Ordered.LOWEST_PRECEDENCE;
	}

	@Override
	public void onApplicationEvent(ApplicationEvent event) {
		if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
			onEnvironmentPrepared(prepared.getSpringApplication(), prepared.getEnvironment());
		}
		else if (event instanceof ApplicationPreparedEvent prepared) {
			this.applicationContext = prepared.getApplicationContext();
		}
		else if (event instanceof ContextClosedEvent closed && closed.getApplicationContext() == this.applicationContext) {
			stop();
		}
		else if (event instanceof ApplicationFailedEvent) {
			stop();
		}
	}

	private void onEnvironmentPrepared(SpringApplication application, ConfigurableEnvironment environment) {
		if (application.getAllSources().contains(LocalTenantServer.class) || this.tenant != null
				|| Boolean.getBoolean(AbstractAotProcessor.AOT_PROCESSING)) {
			// the tenant itself, a second run, or a build-time AOT run of the application: nothing to serve
			return;
		}
		Binder binder = Binder.get(environment);
		if (binder.bind("userclouds.tenant-url", String.class).map((url) -> !url.isBlank()).orElse(false)) {
			return;
		}
		LocalTenantProperties properties = binder
			.bind(LocalTenantProperties.PREFIX, Bindable.ofInstance(new LocalTenantProperties()))
			.orElseGet(LocalTenantProperties::new);
		String reason;
		if (properties.getEnabled() == null) {
			reason = DevelopmentSignals.of(application, environment)
				.map((signal) -> "in development: " + signal)
				.orElseThrow(TenantUrlRequiredException::new);
		}
		else if (properties.getEnabled()) {
			reason = LocalTenantProperties.PREFIX + ".enabled=true";
		}
		else {
			return;
		}
		this.tenant = LocalTenant.startOrReuse(properties);
		// first: it holds only what the application left unset or blank, and a blank placeholder such as
		// ${ORDERS_CLIENT_ID:} in application.yml must not hide the local tenant's value
		environment.getPropertySources()
			.addFirst(TenantConnectionProperties.of(environment, this.tenant.issuer(), properties));
		if (logger.isInfoEnabled()) {
			logger.info(describe(this.tenant, properties, reason));
		}
	}

	private void stop() {
		LocalTenant started = this.tenant;
		this.tenant = null;
		if (started != null) {
			started.close();
		}
	}

	static String describe(LocalTenant tenant, LocalTenantProperties properties, String reason) {
		String users = properties.getUsers()
			.stream()
			.map((user) -> "      " + user.getUsername() + " / " + user.getPassword() + "  (scopes: "
					+ String.join(" ", user.getScopes()) + ")")
			.collect(Collectors.joining("\n"));
		return String.format("%n"
				+ "  Local UserClouds tenant %s at %s (userclouds.tenant-url is not set; %s)%n"
				+ "    dev users (username / password):%n%s%n"
				+ "    login client id: %s%n"
				+ "    M2M client id:   %s%n"
				+ "    signing key:     %s",
				tenant.startedHere() ? "started" : "reused", tenant.issuer(), reason, users,
				properties.getLogin().getClientId(), properties.getM2m().getClientId(), properties.getKeyFile());
	}

}
