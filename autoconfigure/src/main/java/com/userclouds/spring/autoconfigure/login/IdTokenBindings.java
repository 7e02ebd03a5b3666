package com.userclouds.spring.autoconfigure.login;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.Base64;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.claims.CodeHash;
import com.nimbusds.openid.connect.sdk.claims.HashClaim;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;

/**
 * What ties a validated ID token to one login: its {@code nonce} to the authorization request, its {@code c_hash} and
 * {@code at_hash} to the code and access token that came with it. Spring Security checks the nonce only inside its
 * code flow and never the hashes, so the starter does both here, once, for every flow.
 */
final class IdTokenBindings {

	static final String INVALID_NONCE = "invalid_nonce";

	static final String INVALID_ID_TOKEN = "invalid_id_token";

	private IdTokenBindings() {
	}

	/**
	 * The ID token must carry the nonce sent with this authorization request (Spring Security sends the SHA-256 of a
	 * random value kept in the request's attributes). The authorization request is removed from the session when the
	 * response arrives, so each nonce is accepted once.
	 */
	static void verifyNonce(OAuth2AuthorizationRequest request, OidcIdToken idToken) {
		String sent = request.getAttribute(OidcParameterNames.NONCE);
		String received = idToken.getNonce();
		if (sent == null || received == null || !MessageDigest.isEqual(
				sha256(sent).getBytes(StandardCharsets.US_ASCII), received.getBytes(StandardCharsets.US_ASCII))) {
			throw LoginError.of(INVALID_NONCE, (received == null) ? "The ID token has no nonce"
					: "The ID token's nonce is not the one this login sent");
		}
	}

	/**
	 * Verifies {@code hashClaim} of the ID token against {@code value} when the claim is present.
	 * @param required whether a missing claim is an error (strict providers, {@code require-token-hashes})
	 */
	static void verifyHash(OidcIdToken idToken, String hashClaim, String value, boolean required) {
		String claim = idToken.getClaimAsString(hashClaim);
		if (claim == null) {
			if (required) {
				throw LoginError.of(INVALID_ID_TOKEN, "The ID token has no " + hashClaim);
			}
			return;
		}
		HashClaim expected = expectedHash(hashClaim, value, algorithmOf(idToken));
		if (expected == null || !MessageDigest.isEqual(expected.getValue().getBytes(StandardCharsets.US_ASCII),
				claim.getBytes(StandardCharsets.US_ASCII))) {
			throw LoginError.of(INVALID_ID_TOKEN, "The ID token's " + hashClaim + " does not match");
		}
	}

	/**
	 * Nimbus' OpenID Connect SDK (a dependency of Spring Security's OAuth2 client) computes the hashes; {@code null}
	 * when the algorithm defines none.
	 */
	private static HashClaim expectedHash(String hashClaim, String value, JWSAlgorithm algorithm) {
		if (algorithm == null) {
			return null;
		}
		return IdTokenClaimNames.C_HASH.equals(hashClaim) ? CodeHash.compute(new AuthorizationCode(value), algorithm)
				: AccessTokenHash.compute(new BearerAccessToken(value), algorithm);
	}

	/**
	 * The {@code alg} of the ID token, already verified by its decoder.
	 */
	private static JWSAlgorithm algorithmOf(OidcIdToken idToken) {
		try {
			return JWSObject.parse(idToken.getTokenValue()).getHeader().getAlgorithm();
		}
		catch (ParseException ex) {
			return null;
		}
	}

	private static String sha256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
