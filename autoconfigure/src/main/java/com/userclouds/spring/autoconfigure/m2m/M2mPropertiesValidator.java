package com.userclouds.spring.autoconfigure.m2m;

import java.time.Duration;

import org.springframework.util.StringUtils;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;

/**
 * Refuses M2M client settings that cannot work, as {@link M2mProperties} is bound. A client with neither id nor
 * secret is allowed: it is declared (e.g. with its scopes) but switched off until credentials are supplied.
 */
final class M2mPropertiesValidator {

	private M2mPropertiesValidator() {
	}

	static void validate(M2mProperties properties) {
		properties.getClients().forEach(M2mPropertiesValidator::validate);
	}

	private static void validate(String name, M2mProperties.Client client) {
		if (!client.hasCredentials()) {
			return;
		}
		requireText(name, "client-id", client.getClientId());
		requireText(name, "client-secret", client.getClientSecret());
		requirePositive(name, "connect-timeout", client.getConnectTimeout());
		requirePositive(name, "read-timeout", client.getReadTimeout());
		requirePositive(name, "opaque-token-lifetime", client.getOpaqueTokenLifetime());
		requireNotNegative(name, "refresh-before", client.getRefreshBefore());
		requireNotNegative(name, "initial-backoff", client.getInitialBackoff());
		requireNotNegative(name, "max-backoff", client.getMaxBackoff());
		if (client.getMaxAttempts() < 1) {
			fail(name, "max-attempts", "is " + client.getMaxAttempts() + " but must be at least 1");
		}
		if (client.getAuthMethod() == null) {
			fail(name, "auth-method", "must be client_secret_basic or client_secret_post");
		}
		if (client.getBaseUrl() != null && !client.getBaseUrl().isAbsolute()) {
			fail(name, "base-url", "'" + client.getBaseUrl() + "' must be an absolute URL");
		}
	}

	private static void requireText(String name, String property, String value) {
		if (!StringUtils.hasText(value)) {
			fail(name, property, "is not set, while the client's other credential is");
		}
	}

	private static void requirePositive(String name, String property, Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			fail(name, property, "must be a positive duration");
		}
	}

	private static void requireNotNegative(String name, String property, Duration value) {
		if (value == null || value.isNegative()) {
			fail(name, property, "must not be negative");
		}
	}

	private static void fail(String name, String property, String reason) {
		String full = M2mProperties.clientProperty(name, property);
		// the value is left out: it may be a credential
		throw new InvalidUserCloudsPropertyException(full, null,
				"The UserClouds M2M client configuration is invalid: '" + full + "' " + reason + ".",
				"Fix '" + full + "', or remove the client's block under '" + M2mProperties.PREFIX
						+ ".clients' if the application does not call APIs with it.");
	}

}
