package com.userclouds.spring.autoconfigure.resource;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a resource-server property that stopped startup and how to fix it.
 */
class ResourceServerPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidResourceServerPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidResourceServerPropertyException cause) {
		return new FailureAnalysis(
				"'" + cause.getProperty() + "' is set to '" + cause.getValue() + "', which the UserClouds resource "
						+ "server cannot use: " + cause.getReason() + ".",
				"Fix '" + cause.getProperty() + "' (see the Resource server properties in the starter's README), or "
						+ "remove it to use the default.",
				cause);
	}

}
