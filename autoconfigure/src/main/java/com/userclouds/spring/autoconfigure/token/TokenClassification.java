package com.userclouds.spring.autoconfigure.token;

/**
 * The outcome of {@link TokenTypeRules#classify}: the type and the rule that decided it, for logs and errors.
 *
 * @param type what the token is
 * @param reason the deciding rule in a few words, safe to show to a client
 */
public record TokenClassification(TokenType type, String reason) {

	public boolean isAccessToken() {
		return this.type == TokenType.ACCESS_TOKEN;
	}

	public boolean isIdToken() {
		return this.type == TokenType.ID_TOKEN;
	}

}
