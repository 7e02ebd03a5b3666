package com.userclouds.spring.autoconfigure.token;

/**
 * What a JWT is meant for, as far as its header and claims tell.
 */
public enum TokenType {

	/** An OAuth 2.0 access token: may be sent to a resource server. */
	ACCESS_TOKEN,

	/** An OpenID Connect ID token: proves a login to the client; never a credential for an API. */
	ID_TOKEN,

	/** A JWT for something else (its {@code typ} header names another purpose, e.g. {@code logout+jwt}). */
	OTHER

}
