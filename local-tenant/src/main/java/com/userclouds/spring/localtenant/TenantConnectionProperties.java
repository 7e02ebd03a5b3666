package com.userclouds.spring.localtenant;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * What the application is told about the local tenant: {@code userclouds.tenant-url}, and the dev clients' ids and
 * secrets wherever the application left them unset (its login client, and every M2M client under
 * {@code userclouds.m2m.clients.<name>} without a {@code client-id}).
 */
final class TenantConnectionProperties {

	static final String SOURCE_NAME = "userclouds-local-tenant";

	private static final ConfigurationPropertyName M2M_CLIENTS = ConfigurationPropertyName
		.of("userclouds.m2m.clients");

	private TenantConnectionProperties() {
	}

	static MapPropertySource of(ConfigurableEnvironment environment, String tenantUrl,
			LocalTenantProperties properties) {
		Binder binder = Binder.get(environment);
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("userclouds.tenant-url", tenantUrl);
		if (!isSet(binder, "userclouds.login.client-id")) {
			values.put("userclouds.login.client-id", properties.getLogin().getClientId());
			putUnlessSet(binder, values, "userclouds.login.client-secret", properties.getLogin().getClientSecret());
		}
		for (String name : m2mClientNames(environment)) {
			String prefix = M2M_CLIENTS.append(name) + ".";
			if (!isSet(binder, prefix + "client-id")) {
				values.put(prefix + "client-id", properties.getM2m().getClientId());
				putUnlessSet(binder, values, prefix + "client-secret", properties.getM2m().getClientSecret());
			}
		}
		return new MapPropertySource(SOURCE_NAME, values);
	}

	/**
	 * Names of the M2M clients the application configures, in any of Spring Boot's relaxed forms.
	 */
	static Set<String> m2mClientNames(ConfigurableEnvironment environment) {
		Set<String> names = new LinkedHashSet<>();
		for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
			if (source instanceof IterableConfigurationPropertySource iterable) {
				iterable.filter(M2M_CLIENTS::isAncestorOf)
					.stream()
					.forEach((property) -> names
						.add(property.getElement(M2M_CLIENTS.getNumberOfElements(), ConfigurationPropertyName.Form.ORIGINAL)));
			}
		}
		return names;
	}

	private static void putUnlessSet(Binder binder, Map<String, Object> values, String name, String value) {
		if (!isSet(binder, name)) {
			values.put(name, value);
		}
	}

	private static boolean isSet(Binder binder, String name) {
		return binder.bind(name, String.class).map((value) -> !value.isBlank()).orElse(false);
	}

}
