package com.userclouds.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.Ordered;

/**
 * Explains an {@link InvalidUserCloudsPropertyException}. First in line: the exception arrives wrapped in the binder's
 * {@code BindException}, which Spring Boot's generic bind analyzer would otherwise describe without the action.
 */
public class UserCloudsPropertyFailureAnalyzer extends AbstractFailureAnalyzer<InvalidUserCloudsPropertyException>
		implements Ordered {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, InvalidUserCloudsPropertyException cause) {
		return new FailureAnalysis(cause.getDescription(), cause.getAction(), cause);
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
