package com.userclouds.spring.autoconfigure.tenant;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a missing or malformed {@code userclouds.tenant-url} and how to fix it.
 */
class TenantUrlFailureAnalyzer extends AbstractFailureAnalyzer<InvalidTenantUrlException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidTenantUrlException cause) {
		String description = (cause.getValue() == null)
				? "The UserClouds starter needs to know which tenant to trust, but '" + InvalidTenantUrlException.PROPERTY
						+ "' is not set."
				: "'" + InvalidTenantUrlException.PROPERTY + "' is set to '" + cause.getValue()
						+ "', which is not a valid tenant URL: " + cause.getReason() + ".";
		String action = "Set '" + InvalidTenantUrlException.PROPERTY
				+ "' to your tenant's URL, for example https://<company>-<tenant>.tenant.userclouds.com "
				+ "(https; http only for localhost), or add the userclouds-local-tenant dependency to run against "
				+ "a local tenant.";
		return new FailureAnalysis(description, action, cause);
	}

}
