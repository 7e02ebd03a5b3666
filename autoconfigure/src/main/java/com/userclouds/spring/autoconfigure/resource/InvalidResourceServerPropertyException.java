package com.userclouds.spring.autoconfigure.resource;

/**
 * A {@code userclouds.resource-server.*} property has a value the resource server cannot work with. Raised while the
 * context starts; {@link ResourceServerPropertyFailureAnalyzer} names the property and how to fix it.
 */
public class InvalidResourceServerPropertyException extends IllegalStateException {

	private final String property;

	private final String value;

	private final String reason;

	InvalidResourceServerPropertyException(String property, Object value, String reason) {
		super(property + " '" + value + "' is invalid: " + reason);
		this.property = property;
		this.value = String.valueOf(value);
		this.reason = reason;
	}

	public String getProperty() {
		return this.property;
	}

	public String getValue() {
		return this.value;
	}

	public String getReason() {
		return this.reason;
	}

}
