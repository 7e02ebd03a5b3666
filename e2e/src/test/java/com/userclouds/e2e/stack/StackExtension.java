package com.userclouds.e2e.stack;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives tests the {@link OidcProviderStack} or the {@link LocalTenantStack}, each started once per run on first use
 * and stopped by JUnit when the run ends (it closes {@link AutoCloseable} values of the root store), whether tests
 * failed or not.
 */
public final class StackExtension implements ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(StackExtension.class);

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == OidcProviderStack.class || type == LocalTenantStack.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		ExtensionContext.Store store = context.getRoot().getStore(NAMESPACE);
		Class<?> type = parameter.getParameter().getType();
		if (type == OidcProviderStack.class) {
			return store.computeIfAbsent(OidcProviderStack.class,
					(key) -> OidcProviderStack.start(E2eSettings.current()), OidcProviderStack.class);
		}
		return store.computeIfAbsent(LocalTenantStack.class, (key) -> LocalTenantStack.start(E2eSettings.current()),
				LocalTenantStack.class);
	}

}
