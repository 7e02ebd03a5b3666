package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * What operators see of the starter: the tenant's health (with Spring Boot Actuator), metrics (with Micrometer) and
 * a startup report. Each part switches on by itself when its classes are present.
 */
@AutoConfiguration(after = TenantAutoConfiguration.class, afterName = {
		"org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
		"org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnBean(UserCloudsTenant.class)
@EnableConfigurationProperties(DiagnosticsProperties.class)
@Import({ TenantHealthConfiguration.class, ReadinessGroupConfiguration.class, MetricsConfiguration.class,
		SecurityObservationsConfiguration.class, StartupReportConfiguration.class })
public class DiagnosticsAutoConfiguration {

}
