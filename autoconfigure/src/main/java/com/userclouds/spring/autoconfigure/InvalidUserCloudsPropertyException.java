package com.userclouds.spring.autoconfigure;

import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;

/**
 * A {@code userclouds.*} property has a value the starter cannot work with. Thrown while the properties are bound (each
 * branch of the tree validates itself), so both stacks stop at startup with the same message;
 * {@link UserCloudsPropertyFailureAnalyzer} shows what is wrong and what to change, naming the property.
 */
public class InvalidUserCloudsPropertyException extends InvalidConfigurationPropertyValueException {

	private final String description;

	private final String action;

	/**
	 * @param name the full property name, e.g. {@code userclouds.resource-server.clock-skew}
	 * @param value the configured value, or {@code null} when unset or secret (it appears in the message)
	 * @param description what is wrong, naming the property
	 * @param action what to change
	 */
	public InvalidUserCloudsPropertyException(String name, Object value, String description, String action) {
		super(name, value, description);
		this.description = description;
		this.action = action;
	}

	/**
	 * What is wrong, naming the property.
	 */
	public String getDescription() {
		return this.description;
	}

	/**
	 * What to change.
	 */
	public String getAction() {
		return this.action;
	}

}
