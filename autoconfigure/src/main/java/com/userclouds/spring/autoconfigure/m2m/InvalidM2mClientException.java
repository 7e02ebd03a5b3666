package com.userclouds.spring.autoconfigure.m2m;

/**
 * An M2M client's configuration cannot work. Raised while the context starts; {@link InvalidM2mClientFailureAnalyzer}
 * turns it into a message that names the property.
 */
public class InvalidM2mClientException extends IllegalStateException {

	private final String property;

	private final String reason;

	InvalidM2mClientException(String property, String reason) {
		super(property + " " + reason);
		this.property = property;
		this.reason = reason;
	}

	/**
	 * The property to fix, e.g. {@code userclouds.m2m.clients.orders.client-secret}.
	 */
	public String getProperty() {
		return this.property;
	}

	public String getReason() {
		return this.reason;
	}

}
