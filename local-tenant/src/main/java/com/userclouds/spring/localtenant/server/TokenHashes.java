package com.userclouds.spring.localtenant.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * {@code at_hash} / {@code c_hash} for RS256 (OpenID Connect Core 3.3.2.11): the base64url left half of the value's
 * SHA-256. Written by hand: Nimbus JOSE+JWT has no such helper (it lives in the OAuth 2.0 SDK, which the starter does
 * not otherwise need).
 */
final class TokenHashes {

	private TokenHashes() {
	}

	static String rs256(String value) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is missing from this JVM", ex);
		}
	}

}
