package com.userclouds.spring.autoconfigure.m2m;

/**
 * An M2M client was asked for by name but has no credentials configured: it is not declared at all, or its
 * {@code client-id} and {@code client-secret} are empty (e.g. environment variables that are not set).
 */
public class M2mClientNotConfiguredException extends IllegalStateException {

	private final String clientName;

	public M2mClientNotConfiguredException(String clientName) {
		super("M2M client '" + clientName + "' has no credentials: set " + missingProperties(clientName));
		this.clientName = clientName;
	}

	public String getClientName() {
		return this.clientName;
	}

	/**
	 * The properties to set, e.g. {@code userclouds.m2m.clients.orders.client-id and
	 * userclouds.m2m.clients.orders.client-secret}.
	 */
	public static String missingProperties(String clientName) {
		return M2mProperties.clientProperty(clientName, "client-id") + " and "
				+ M2mProperties.clientProperty(clientName, "client-secret");
	}

}
