package com.userclouds.spring.autoconfigure.login;

/**
 * How the authorization response reaches the application (OAuth 2.0 Multiple Response Type Encoding Practices, Form
 * Post Response Mode).
 */
public enum ResponseMode {

	/** Parameters in the query string of the redirect. */
	QUERY("query"),

	/** Parameters in the fragment of the redirect; a small page relays them to the server. */
	FRAGMENT("fragment"),

	/** Parameters POSTed to the redirect URI by an auto-submitted form. */
	FORM_POST("form_post");

	private final String parameterValue;

	ResponseMode(String parameterValue) {
		this.parameterValue = parameterValue;
	}

	/**
	 * The {@code response_mode} parameter value.
	 */
	public String parameterValue() {
		return this.parameterValue;
	}

}
