package com.userclouds.spring.localtenant.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How a local tenant proves that the user who runs an application started it: the launcher gives the tenant a random
 * secret and writes it to an owner-only file; an application that finds a tenant on the port sends a fresh nonce and
 * reuses the tenant only if it answers with the HMAC of that nonce under the secret. The discovery marker alone proves
 * nothing: any process that binds the port first can serve it. Hand-written because neither Spring Security nor Nimbus
 * has a challenge-response between two local processes; the HMAC is the JDK's.
 */
public final class OwnershipProof {

	/**
	 * Path of the tenant's endpoint that answers {@code ?nonce=} with the proof.
	 */
	public static final String PATH = "/.well-known/userclouds-local-tenant-proof";

	private static final String ALGORITHM = "HmacSHA256";

	private static final int BYTES = 32;

	private static final SecureRandom random = new SecureRandom();

	private final byte[] secret;

	private OwnershipProof(byte[] secret) {
		this.secret = secret.clone();
	}

	/**
	 * A new random secret.
	 */
	public static OwnershipProof random() {
		return new OwnershipProof(randomBytes());
	}

	/**
	 * The proof of a secret read back from its file.
	 * @param secret the secret, as {@link #encodedSecret()} wrote it
	 * @throws IllegalArgumentException if it is not such a secret
	 */
	public static OwnershipProof decode(String secret) {
		byte[] bytes = Base64.getUrlDecoder().decode(secret.strip());
		if (bytes.length != BYTES) {
			throw new IllegalArgumentException("not a local tenant secret");
		}
		return new OwnershipProof(bytes);
	}

	/**
	 * A fresh nonce to challenge a tenant with.
	 */
	public static String nonce() {
		return encode(randomBytes());
	}

	/**
	 * Whether a nonce has the shape {@link #nonce()} gives; the tenant answers nothing else.
	 */
	public static boolean isNonce(String nonce) {
		return nonce != null && nonce.matches("[A-Za-z0-9_-]{43}");
	}

	/**
	 * The secret, for its file.
	 */
	public String encodedSecret() {
		return encode(this.secret);
	}

	/**
	 * The proof for a nonce: the HMAC of the tenant's issuer and the nonce, so that an answer for one port is no
	 * answer for another.
	 */
	public String prove(String issuer, String nonce) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(new SecretKeySpec(this.secret, ALGORITHM));
			return encode(mac.doFinal((issuer + "\n" + nonce).getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ALGORITHM + " is unavailable", ex);
		}
	}

	/**
	 * Whether {@code proof} is this secret's proof for the nonce (compared in constant time).
	 */
	public boolean verifies(String issuer, String nonce, String proof) {
		return proof != null && MessageDigest.isEqual(prove(issuer, nonce).getBytes(StandardCharsets.US_ASCII),
				proof.strip().getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Whether two proofs hold the same secret.
	 */
	public boolean sameSecretAs(OwnershipProof other) {
		return MessageDigest.isEqual(this.secret, other.secret);
	}

	private static byte[] randomBytes() {
		byte[] bytes = new byte[BYTES];
		random.nextBytes(bytes);
		return bytes;
	}

	private static String encode(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public String toString() {
		return "OwnershipProof[secret hidden]";
	}

}
