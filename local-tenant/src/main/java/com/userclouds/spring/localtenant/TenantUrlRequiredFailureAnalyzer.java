package com.userclouds.spring.localtenant;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Names {@code userclouds.tenant-url}, and how to run on the local tenant instead.
 */
class TenantUrlRequiredFailureAnalyzer extends AbstractFailureAnalyzer<TenantUrlRequiredException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, TenantUrlRequiredException cause) {
		return new FailureAnalysis("No UserClouds tenant is configured: " + cause.getMessage() + ".",
				"Set userclouds.tenant-url to your tenant, e.g. https://acme-prod.tenant.userclouds.com. For "
						+ "development on the local tenant (its users and client secrets are public), set "
						+ LocalTenantProperties.PREFIX + ".enabled=true, activate a 'dev' or 'local' profile, or add "
						+ "Spring Boot DevTools.",
				cause);
	}

}
