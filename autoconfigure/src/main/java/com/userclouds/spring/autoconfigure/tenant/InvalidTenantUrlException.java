package com.userclouds.spring.autoconfigure.tenant;

/**
 * {@code userclouds.tenant-url} is missing or is not a URL a tenant can have. Raised while the context starts, so the
 * application fails fast; {@link TenantUrlFailureAnalyzer} turns it into a message that names the property.
 */
public class InvalidTenantUrlException extends IllegalStateException {

	public static final String PROPERTY = "userclouds.tenant-url";

	private final String value;

	private final String reason;

	InvalidTenantUrlException(String value, String reason) {
		super(PROPERTY + (value == null ? " is not set" : " '" + value + "' is invalid: " + reason));
		this.value = value;
		this.reason = reason;
	}

	/**
	 * The configured value, or {@code null} when the property is not set.
	 */
	public String getValue() {
		return this.value;
	}

	public String getReason() {
		return this.reason;
	}

}
