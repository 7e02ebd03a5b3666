package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.login.LoginProperties;
import com.userclouds.spring.autoconfigure.m2m.M2mProperties;
import com.userclouds.spring.autoconfigure.resource.ResourceServerProperties;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * The startup report, and the check of the configuration against discovery when discovery is first read.
 */
@Configuration(proxyBeanMethods = false)
class StartupReportConfiguration {

	@Bean
	@ConditionalOnMissingBean
	DiscoveryConsistencyCheck userCloudsDiscoveryConsistencyCheck(UserCloudsProperties properties,
			ObjectProvider<LoginProperties> login) {
		return new DiscoveryConsistencyCheck(properties, login);
	}

	@Bean
	@ConditionalOnMissingBean
	@ConditionalOnBooleanProperty(name = "userclouds.diagnostics.startup-report", matchIfMissing = true)
	StartupReport userCloudsStartupReport(UserCloudsTenant tenant, UserCloudsProperties properties,
			ObjectProvider<ResourceServerProperties> resourceServer, ObjectProvider<LoginProperties> login,
			ObjectProvider<M2mProperties> m2m, ApplicationContext context) {
		List<String> extras = new ArrayList<>();
		if (context.containsBean(TenantHealthConfiguration.CONTRIBUTOR_NAME + "HealthIndicator")) {
			extras.add("health: " + TenantHealthConfiguration.CONTRIBUTOR_NAME
					+ (context.getBeanNamesForType(ReadinessGroupPostProcessor.class).length > 0
							? " (readiness group)" : ""));
		}
		if (context.getBeanNamesForType(TenantEventMetrics.class).length > 0) {
			extras.add("metrics: userclouds.token.validations, userclouds.token.cache, userclouds.jwks.refreshes, "
					+ "userclouds.m2m.token.requests, userclouds.login");
		}
		return new StartupReport(tenant, properties, resourceServer, login, m2m, extras);
	}

}
