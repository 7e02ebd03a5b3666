package com.userclouds.spring.localtenant.server.authorize;

import java.util.Locale;

/**
 * How the authorization response reaches the client. UserClouds ignores {@code response_mode} and always answers in
 * the query string; the local tenant honours it so that clients written for standard providers can be tried too.
 */
enum ResponseMode {

	QUERY, FRAGMENT, FORM_POST;

	/**
	 * The mode named by the {@code response_mode} parameter (query when absent), or {@code null} if unknown.
	 */
	static ResponseMode parse(String value) {
		if (value == null || value.isBlank()) {
			return QUERY;
		}
		try {
			return valueOf(value.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
