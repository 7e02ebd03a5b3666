package com.userclouds.spring.localtenant.server;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;

import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;

/**
 * Root of the local tenant's own application context: a servlet container and two security filter chains, nothing
 * from the application's classpath auto-configuration. Started by
 * {@link com.userclouds.spring.localtenant.LocalTenantLauncher} with a {@link LocalTenantSettings} bean.
 */
@Configuration(proxyBeanMethods = false)
@ImportAutoConfiguration(TomcatServletWebServerAutoConfiguration.class)
@EnableWebSecurity
@Import({ AuthorizationServerConfiguration.class, TenantLoginConfiguration.class })
public class LocalTenantServer {

	/**
	 * The session cookie's name: the tenant shares the host with the application (cookies are per host, not per
	 * port), so with the usual JSESSIONID the two sessions would overwrite each other and every login would fail.
	 */
	public static final String SESSION_COOKIE = "USERCLOUDS_LOCAL_TENANT_SESSION";

	/**
	 * Claim of the tenant's discovery document that tells a second application a local tenant answers on the port.
	 * Anyone can serve it: a tenant is reused only once it also passes the {@link OwnershipProof}.
	 */
	public static final String DISCOVERY_MARKER = "userclouds_local_tenant";

	@Bean
	FilterRegistrationBean<OwnershipProofFilter> ownershipProofRegistration(LocalTenantSettings settings) {
		FilterRegistrationBean<OwnershipProofFilter> registration = new FilterRegistrationBean<>(
				new OwnershipProofFilter(settings.ownership(), settings.issuer()));
		registration.addUrlPatterns(OwnershipProof.PATH);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	DelegatingFilterProxyRegistrationBean securityFilterChainRegistration() {
		DelegatingFilterProxyRegistrationBean registration = new DelegatingFilterProxyRegistrationBean(
				AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME);
		registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC));
		return registration;
	}

}
