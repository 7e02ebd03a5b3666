package com.userclouds.spring.autoconfigure.m2m;

/**
 * A client-credentials token could not be obtained. The message names the client and, when the token endpoint gave
 * one, the OAuth error code; it never contains the client secret or a token.
 */
public class M2mTokenException extends RuntimeException {

	private final String clientName;

	private final String oauthError;

	private final boolean retryable;

	private M2mTokenException(String clientName, String oauthError, boolean retryable, String message,
			Throwable cause) {
		super("M2M client '" + clientName + "': " + message, cause);
		this.clientName = clientName;
		this.oauthError = oauthError;
		this.retryable = retryable;
	}

	/**
	 * A fault that may pass: timeout, connection error, 5xx, tenant discovery unavailable.
	 * @param cause a transport exception whose message is safe to show, or {@code null}
	 */
	static M2mTokenException temporary(String clientName, String message, Throwable cause) {
		return new M2mTokenException(clientName, null, true, message, cause);
	}

	/**
	 * The token endpoint refused the request (4xx); asking again with the same request gives the same answer.
	 */
	static M2mTokenException rejected(String clientName, int status, String oauthError, String description) {
		String message = "the token endpoint refused the request with HTTP " + status
				+ ((oauthError != null) ? " and OAuth error '" + oauthError + "'" : " without an OAuth error code")
				+ ((description != null) ? " (" + description + ")" : "") + hint(clientName, oauthError);
		return new M2mTokenException(clientName, oauthError, false, message, null);
	}

	/**
	 * The token endpoint answered 2xx with something that is not a usable bearer token response.
	 */
	static M2mTokenException malformed(String clientName, String reason) {
		return new M2mTokenException(clientName, null, false, "malformed token response: " + reason, null);
	}

	static M2mTokenException misconfigured(String clientName, String reason) {
		return new M2mTokenException(clientName, null, false, reason, null);
	}

	private static String hint(String clientName, String oauthError) {
		if ("invalid_client".equals(oauthError) || "unauthorized_client".equals(oauthError)) {
			return "; check " + M2mClientNotConfiguredException.missingProperties(clientName);
		}
		return "";
	}

	/**
	 * The name of the client under {@code userclouds.m2m.clients}.
	 */
	public String getClientName() {
		return this.clientName;
	}

	/**
	 * The OAuth error code the token endpoint answered with (e.g. {@code invalid_client}), or {@code null}.
	 */
	public String getOauthError() {
		return this.oauthError;
	}

	/**
	 * Whether the same request may succeed later (timeouts, connection errors, 5xx).
	 */
	public boolean isRetryable() {
		return this.retryable;
	}

}
