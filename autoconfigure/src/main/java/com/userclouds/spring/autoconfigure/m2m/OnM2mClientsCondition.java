package com.userclouds.spring.autoconfigure.m2m;

import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when at least one client is declared under {@code userclouds.m2m.clients}.
 */
class OnM2mClientsCondition extends SpringBootCondition {

	private static final String CLIENTS = M2mProperties.PREFIX + ".clients";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Map<String, Object> clients = Binder.get(context.getEnvironment())
			.bind(CLIENTS, Bindable.mapOf(String.class, Object.class))
			.orElse(Map.of());
		return clients.isEmpty() ? ConditionOutcome.noMatch("no clients under " + CLIENTS)
				: ConditionOutcome.match("clients under " + CLIENTS + ": " + clients.keySet());
	}

}
