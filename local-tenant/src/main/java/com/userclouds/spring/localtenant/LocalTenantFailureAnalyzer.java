package com.userclouds.spring.localtenant;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains why the local tenant could not start, naming the property to fix.
 */
class LocalTenantFailureAnalyzer extends AbstractFailureAnalyzer<LocalTenantException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LocalTenantException cause) {
		return new FailureAnalysis("The local UserClouds tenant could not start: " + cause.getMessage(),
				cause.getAction() + " (property " + cause.getProperty() + "), or set userclouds.tenant-url to use a "
						+ "real tenant.",
				cause);
	}

}
