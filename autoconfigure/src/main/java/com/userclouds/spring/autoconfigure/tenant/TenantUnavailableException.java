package com.userclouds.spring.autoconfigure.tenant;

/**
 * The tenant could not be asked for its configuration or keys right now (unreachable, error status, malformed
 * answer). Callers treat it as temporary: the next attempt after the retry interval may succeed.
 */
public class TenantUnavailableException extends RuntimeException {

	public TenantUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

	public TenantUnavailableException(String message) {
		super(message);
	}

}
