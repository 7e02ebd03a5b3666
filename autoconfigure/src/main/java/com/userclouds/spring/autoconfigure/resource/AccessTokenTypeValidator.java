package com.userclouds.spring.autoconfigure.resource;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import com.userclouds.spring.autoconfigure.token.TokenClassification;
import com.userclouds.spring.autoconfigure.token.TokenType;
import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

/**
 * Lets only access tokens through (and ID tokens when {@code userclouds.resource-server.accept-id-tokens} is on),
 * as {@link TokenTypeRules} tell them apart.
 */
final class AccessTokenTypeValidator implements OAuth2TokenValidator<Jwt> {

	private final TokenTypeRules rules;

	private final boolean acceptIdTokens;

	AccessTokenTypeValidator(TokenTypeRules rules, boolean acceptIdTokens) {
		this.rules = rules;
		this.acceptIdTokens = acceptIdTokens;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		TokenClassification classification = this.rules.classify(token.getHeaders(), token.getClaims());
		if (classification.isAccessToken() || (this.acceptIdTokens && classification.type() == TokenType.ID_TOKEN)) {
			return OAuth2TokenValidatorResult.success();
		}
		return TokenRefusal.failure(TokenRefusal.Reason.NOT_AN_ACCESS_TOKEN,
				"Not an access token (" + classification.reason() + ")");
	}

}
