package com.userclouds.spring.localtenant;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address the local tenant binds to. Only loopback: its dev users have well-known passwords and its clients
 * well-known secrets, so it must never be reachable from another machine.
 */
final class LoopbackAddress {

	private static final String PROPERTY = LocalTenantProperties.PREFIX + ".address";

	private LoopbackAddress() {
	}

	static InetAddress resolve(String address) {
		InetAddress resolved;
		try {
			resolved = InetAddress.getByName(address);
		}
		catch (UnknownHostException ex) {
			throw new LocalTenantException("address '" + address + "' does not resolve", PROPERTY,
					"Use a loopback address such as 127.0.0.1", ex);
		}
		if (!resolved.isLoopbackAddress()) {
			throw new LocalTenantException("it binds to loopback only, and '" + address + "' ("
					+ resolved.getHostAddress() + ") is not a loopback address", PROPERTY,
					"Use a loopback address such as 127.0.0.1", null);
		}
		return resolved;
	}

}
