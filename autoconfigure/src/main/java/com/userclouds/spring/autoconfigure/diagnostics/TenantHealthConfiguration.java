package com.userclouds.spring.autoconfigure.diagnostics;

import java.time.Clock;

import com.nimbusds.jose.util.DefaultResourceRetriever;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * The {@code userCloudsTenant} health indicator. Switched off with
 * {@code management.health.userclouds.enabled=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnEnabledHealthIndicator("userclouds")
class TenantHealthConfiguration {

	/** The contributor's name in {@code /actuator/health}: the bean name without {@code HealthIndicator}. */
	static final String CONTRIBUTOR_NAME = "userCloudsTenant";

	/** Discovery documents and key sets are small; a larger answer is refused rather than read. */
	private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

	@Bean
	@ConditionalOnMissingBean
	LastKeyRefresh userCloudsLastKeyRefresh() {
		return new LastKeyRefresh();
	}

	@Bean
	@ConditionalOnMissingBean(name = CONTRIBUTOR_NAME + "HealthIndicator")
	HealthIndicator userCloudsTenantHealthIndicator(UserCloudsTenant tenant, UserCloudsProperties properties,
			DiagnosticsProperties diagnostics, LastKeyRefresh lastKeyRefresh) {
		UserCloudsProperties.Discovery timeouts = properties.getDiscovery();
		DefaultResourceRetriever retriever = new DefaultResourceRetriever((int) timeouts.getConnectTimeout().toMillis(),
				(int) timeouts.getReadTimeout().toMillis(), MAX_DOCUMENT_BYTES);
		TenantProbe probe = new TenantProbe(tenant.issuer(), properties.getEndpoints().getJwks(), retriever,
				diagnostics.getHealth().getProbeInterval(), Clock.systemUTC());
		return new TenantHealthIndicator(tenant.issuer(), probe, lastKeyRefresh);
	}

}
