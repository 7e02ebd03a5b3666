package com.userclouds.spring.autoconfigure.tenant;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;

/**
 * Checks a configured tenant URL and gives it the one form that issuers are compared against: no trailing slash,
 * no query or fragment, HTTPS unless the host is loopback (a local tenant or a test). Run when
 * {@code userclouds.tenant-url} is bound (a malformed URL) and when the tenant is built (a missing one: an application
 * with a {@link UserCloudsTenant} of its own needs none).
 */
public final class TenantUrl {

	/**
	 * The property.
	 */
	public static final String PROPERTY = "userclouds.tenant-url";

	private static final String ACTION = "Set '" + PROPERTY
			+ "' to your tenant's URL, for example https://<company>-<tenant>.tenant.userclouds.com "
			+ "(https; http only for localhost), or, for development, add the userclouds-local-tenant dependency and "
			+ "set userclouds.local-tenant.enabled=true to run against a local tenant.";

	private TenantUrl() {
	}

	/**
	 * The tenant URL in its one form.
	 * @throws InvalidUserCloudsPropertyException naming {@value #PROPERTY} if it is missing or malformed
	 */
	public static String normalize(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidUserCloudsPropertyException(PROPERTY, null, "The UserClouds starter needs to know which "
					+ "tenant to trust, but '" + PROPERTY + "' is not set.", ACTION);
		}
		String trimmed = value.strip();
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw invalid(value, "not a URL (" + ex.getReason() + ")");
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw invalid(value, "an absolute URL with a host is needed, e.g. "
					+ "https://acme-prod.tenant.userclouds.com");
		}
		String scheme = uri.getScheme().toLowerCase();
		if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
			throw invalid(value, "the scheme must be https (http is allowed for loopback hosts only)");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw invalid(value, "a tenant URL has no query, fragment or user info");
		}
		String normalized = trimmed;
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
	}

	private static InvalidUserCloudsPropertyException invalid(String value, String reason) {
		return new InvalidUserCloudsPropertyException(PROPERTY, value,
				"'" + PROPERTY + "' is set to '" + value + "', which is not a valid tenant URL: " + reason + ".", ACTION);
	}

	static boolean isLoopback(String host) {
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (!bare.matches("[0-9.]+|[0-9a-fA-F:]+")) {
			// a name other than localhost: never resolved here, so startup does not depend on DNS
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
