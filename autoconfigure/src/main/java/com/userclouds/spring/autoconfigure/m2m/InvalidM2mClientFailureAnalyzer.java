package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an unusable M2M client configuration and which property to fix.
 */
class InvalidM2mClientFailureAnalyzer extends AbstractFailureAnalyzer<InvalidM2mClientException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidM2mClientException cause) {
		return new FailureAnalysis("The UserClouds M2M client configuration is invalid: '" + cause.getProperty() + "' "
				+ cause.getReason() + ".",
				"Fix '" + cause.getProperty() + "', or remove the client's block under '" + M2mProperties.PREFIX
						+ ".clients' if the application does not call APIs with it.",
				cause);
	}

}
