package com.userclouds.spring.autoconfigure.login;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains an {@link InvalidLoginPropertyException} at startup.
 */
class LoginPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidLoginPropertyException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidLoginPropertyException cause) {
		return new FailureAnalysis("UserClouds login is misconfigured: " + cause.getMessage(), cause.getAction(),
				cause);
	}

}
