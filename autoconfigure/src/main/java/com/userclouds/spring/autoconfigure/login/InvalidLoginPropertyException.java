package com.userclouds.spring.autoconfigure.login;

/**
 * A {@code userclouds.login.*} property has a value login cannot work with. Thrown at startup;
 * {@link LoginPropertyFailureAnalyzer} names the property and the fix.
 */
public class InvalidLoginPropertyException extends RuntimeException {

	private final String property;

	private final String action;

	InvalidLoginPropertyException(String property, String problem, String action) {
		super(property + ": " + problem);
		this.property = property;
		this.action = action;
	}

	/** The full property name, e.g. {@code userclouds.login.response-type}. */
	public String getProperty() {
		return this.property;
	}

	/** What to change. */
	public String getAction() {
		return this.action;
	}

}
