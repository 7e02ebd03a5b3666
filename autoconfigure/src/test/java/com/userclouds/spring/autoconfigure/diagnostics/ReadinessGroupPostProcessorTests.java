package com.userclouds.spring.autoconfigure.diagnostics;

import org.junit.jupiter.api.Test;

import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.availability.ApplicationAvailabilityAutoConfiguration;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.AvailabilityProbesAutoConfiguration;
import org.springframework.boot.health.autoconfigure.actuate.endpoint.HealthEndpointAutoConfiguration;
import org.springframework.boot.health.autoconfigure.application.AvailabilityHealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.autoconfigure.registry.HealthContributorRegistryAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The health groups with the tenant in readiness are still Spring Boot's groups in every way its endpoint security
 * relies on: {@code EndpointRequest.toAdditionalPaths(...)} casts them to {@link AdditionalPathsMapper}.
 */
class ReadinessGroupPostProcessorTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ApplicationAvailabilityAutoConfiguration.class,
				TenantAutoConfiguration.class, DiagnosticsAutoConfiguration.class,
				HealthContributorAutoConfiguration.class, HealthContributorRegistryAutoConfiguration.class,
				AvailabilityHealthContributorAutoConfiguration.class, AvailabilityProbesAutoConfiguration.class,
				HealthEndpointAutoConfiguration.class))
		.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com",
				"management.endpoint.health.probes.add-additional-paths=true");

	@Test
	void readinessHasTheTenantAndTheAdditionalPathsStay() {
		this.runner.run((context) -> {
			HealthEndpointGroups groups = context.getBean(HealthEndpointGroups.class);
			assertThat(groups.get("readiness").isMember(TenantHealthConfiguration.CONTRIBUTOR_NAME)).isTrue();
			assertThat(groups.get("liveness").isMember(TenantHealthConfiguration.CONTRIBUTOR_NAME)).isFalse();
			assertThat(groups).isInstanceOf(AdditionalPathsMapper.class);
			assertThat(((AdditionalPathsMapper) groups).getAdditionalPaths(EndpointId.of("health"),
					WebServerNamespace.SERVER))
				.containsExactlyInAnyOrder("/livez", "/readyz");
		});
	}

}
