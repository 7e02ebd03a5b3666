package com.userclouds.spring.localtenant;

import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.tenant.TenantJwkSource;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;
import com.userclouds.spring.autoconfigure.token.TokenClassification;
import com.userclouds.spring.autoconfigure.token.TokenType;
import com.userclouds.spring.autoconfigure.token.TokenTypeRules;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Judges tokens the way the starter does: the tenant found through discovery by the starter's own
 * {@link UserCloudsTenant}, signatures checked against its {@link TenantJwkSource}, the kind of token told by its
 * {@link TokenTypeRules}.
 */
final class TokenChecks {

	private final UserCloudsTenant tenant;

	private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

	private final String loginClientId;

	TokenChecks(String tenantUrl, String loginClientId) {
		UserCloudsProperties properties = new UserCloudsProperties();
		properties.setTenantUrl(tenantUrl);
		DefaultResourceRetriever retriever = new DefaultResourceRetriever(5000, 10000);
		this.tenant = new UserCloudsTenant(properties, retriever);
		this.loginClientId = loginClientId;
		this.processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
				new TenantJwkSource(this.tenant, retriever, properties.getDiscovery())));
		this.processor.setJWSTypeVerifier(
				new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
		this.processor.setJWTClaimsSetVerifier(new DefaultJWTClaimsVerifier<>(null,
				new JWTClaimsSet.Builder().issuer(this.tenant.issuer()).build(), Set.of("sub", "exp", "iat", "aud")));
	}

	UserCloudsTenant tenant() {
		return this.tenant;
	}

	/**
	 * Verifies the signature (a key with the token's kid, RS256) and the issuer, and returns the claims.
	 */
	JWTClaimsSet verify(String token) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
			assertThat(jwt.getHeader().getKeyID()).isNotBlank();
			return this.processor.process(jwt, null);
		}
		catch (Exception ex) {
			throw new AssertionError("token does not verify: " + ex.getMessage(), ex);
		}
	}

	JWTClaimsSet idToken(String token) {
		JWTClaimsSet claims = verify(token);
		assertThat(classify(token, List.of()).type()).isEqualTo(TokenType.ID_TOKEN);
		return claims;
	}

	JWTClaimsSet accessToken(String token, String... apiAudiences) {
		JWTClaimsSet claims = verify(token);
		List<String> audiences = new java.util.ArrayList<>(List.of(apiAudiences));
		audiences.add(this.tenant.issuer());
		TokenClassification classification = classify(token, audiences);
		assertThat(classification.type()).as(classification.reason()).isEqualTo(TokenType.ACCESS_TOKEN);
		return claims;
	}

	private TokenClassification classify(String token, List<String> apiAudiences) {
		try {
			SignedJWT jwt = SignedJWT.parse(token);
			return new TokenTypeRules(apiAudiences, List.of(this.loginClientId))
				.classify(jwt.getHeader().toJSONObject(), jwt.getJWTClaimsSet().toJSONObject());
		}
		catch (java.text.ParseException ex) {
			throw new AssertionError(ex);
		}
	}

	static SignedJWT parse(String token) {
		try {
			return SignedJWT.parse(token);
		}
		catch (java.text.ParseException ex) {
			throw new AssertionError(ex);
		}
	}

}
