package com.userclouds.spring.autoconfigure.token;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;

/**
 * The {@code at_hash} and {@code c_hash} claims of an ID token (OpenID Connect Core 3.1.3.6, 3.3.2.11): the left half
 * of the hash of the access token or code, base64url-encoded, with the hash function the token's {@code alg} implies.
 * Written by hand: Spring Security never checks them and Nimbus JOSE+JWT leaves them to the OAuth SDK, which the
 * starter does not depend on.
 */
public final class TokenHashes {

	/** Claim binding an ID token to the access token issued with it. */
	public static final String ACCESS_TOKEN_HASH = "at_hash";

	/** Claim binding an ID token to the authorization code issued with it. */
	public static final String CODE_HASH = "c_hash";

	private TokenHashes() {
	}

	/**
	 * @param value the access token or code, exactly as received
	 * @param jwsAlgorithm the ID token's {@code alg}, e.g. {@code RS256}
	 * @return the expected claim value
	 * @throws IllegalArgumentException if the algorithm implies no known hash function
	 */
	public static String compute(String value, String jwsAlgorithm) {
		try {
			byte[] digest = MessageDigest.getInstance(hashAlgorithm(jwsAlgorithm))
				.digest(value.getBytes(StandardCharsets.US_ASCII));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, digest.length / 2));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Whether a hash claim matches the value it binds, compared in constant time.
	 */
	public static boolean matches(String claimValue, String value, String jwsAlgorithm) {
		if (claimValue == null || value == null || jwsAlgorithm == null) {
			return false;
		}
		try {
			return MessageDigest.isEqual(compute(value, jwsAlgorithm).getBytes(StandardCharsets.US_ASCII),
					claimValue.getBytes(StandardCharsets.US_ASCII));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	/**
	 * The {@code alg} header of a compact JWS, read without verifying it (callers verify the token first).
	 * @return the algorithm, or {@code null} when the header cannot be read
	 */
	public static String algorithmOf(String compactJws) {
		try {
			return com.nimbusds.jose.JWSObject.parse(compactJws).getHeader().getAlgorithm().getName();
		}
		catch (java.text.ParseException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * SHA-2 size from the last three digits of {@code alg} (RS256, PS384, ES512...); EdDSA signs with SHA-512.
	 */
	static String hashAlgorithm(String jwsAlgorithm) {
		String alg = jwsAlgorithm.toUpperCase(Locale.ROOT);
		if (alg.equals("EDDSA") || alg.equals("ED25519")) {
			return "SHA-512";
		}
		if (alg.length() == 5 && (alg.startsWith("RS") || alg.startsWith("PS") || alg.startsWith("ES")
				|| alg.startsWith("HS"))) {
			switch (alg.substring(2)) {
				case "256":
					return "SHA-256";
				case "384":
					return "SHA-384";
				case "512":
					return "SHA-512";
				default:
					break;
			}
		}
		throw new IllegalArgumentException("No token hash is defined for alg " + jwsAlgorithm);
	}

}
