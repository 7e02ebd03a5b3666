package com.userclouds.spring.autoconfigure.tenant;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;

/**
 * The tenant every capability shares: its issuer, endpoints (configured or discovered lazily) and signing keys.
 * Creating {@link UserCloudsTenant} checks {@code userclouds.tenant-url}, so a missing or malformed value fails
 * startup.
 */
@AutoConfiguration
@EnableConfigurationProperties(UserCloudsProperties.class)
public class TenantAutoConfiguration {

	/** Discovery documents and key sets are small; a larger answer is refused rather than read. */
	private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

	@Bean
	@ConditionalOnMissingBean
	UserCloudsTenant userCloudsTenant(UserCloudsProperties properties) {
		return new UserCloudsTenant(properties, tenantResourceRetriever(properties));
	}

	@Bean
	@ConditionalOnMissingBean
	TenantJwkSource userCloudsJwkSource(UserCloudsTenant tenant, UserCloudsProperties properties) {
		return new TenantJwkSource(tenant, tenantResourceRetriever(properties), properties.getDiscovery());
	}

	private static ResourceRetriever tenantResourceRetriever(UserCloudsProperties properties) {
		UserCloudsProperties.Discovery discovery = properties.getDiscovery();
		return new DefaultResourceRetriever((int) discovery.getConnectTimeout().toMillis(),
				(int) discovery.getReadTimeout().toMillis(), MAX_DOCUMENT_BYTES);
	}

}
