package com.userclouds.spring.autoconfigure.tenant;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Checks a configured tenant URL and gives it the one form that issuers are compared against: no trailing slash,
 * no query or fragment, HTTPS unless the host is loopback (a local tenant or a test).
 */
final class TenantUrl {

	private TenantUrl() {
	}

	static String normalize(String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidTenantUrlException(null, "not set");
		}
		String trimmed = value.strip();
		URI uri;
		try {
			uri = new URI(trimmed);
		}
		catch (URISyntaxException ex) {
			throw new InvalidTenantUrlException(value, "not a URL (" + ex.getReason() + ")");
		}
		if (uri.getScheme() == null || uri.getHost() == null) {
			throw new InvalidTenantUrlException(value, "an absolute URL with a host is needed, e.g. "
					+ "https://acme-prod.tenant.userclouds.com");
		}
		String scheme = uri.getScheme().toLowerCase();
		if (!scheme.equals("https") && !(scheme.equals("http") && isLoopback(uri.getHost()))) {
			throw new InvalidTenantUrlException(value, "the scheme must be https (http is allowed for loopback hosts only)");
		}
		if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
			throw new InvalidTenantUrlException(value, "a tenant URL has no query, fragment or user info");
		}
		String normalized = trimmed;
		while (normalized.endsWith("/")) {
			normalized = normalized.substring(0, normalized.length() - 1);
		}
		return normalized;
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
