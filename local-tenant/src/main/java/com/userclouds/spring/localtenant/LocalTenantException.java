package com.userclouds.spring.localtenant;

/**
 * The local tenant cannot start as configured. Names the property to change.
 */
public class LocalTenantException extends RuntimeException {

	private final String property;

	private final String action;

	/**
	 * @param message what is wrong
	 * @param property the property to fix
	 * @param action what to do about it
	 * @param cause the underlying failure, or {@code null}
	 */
	public LocalTenantException(String message, String property, String action, Throwable cause) {
		super(message, cause);
		this.property = property;
		this.action = action;
	}

	/**
	 * The property to fix.
	 */
	public String getProperty() {
		return this.property;
	}

	/**
	 * What to do about it.
	 */
	public String getAction() {
		return this.action;
	}

}
