package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.ParseException;
import java.util.Map;
import java.util.Optional;

import com.nimbusds.jose.util.JSONObjectUtils;

import com.userclouds.spring.localtenant.server.LocalTenantServer;
import com.userclouds.spring.localtenant.server.OwnershipProof;

/**
 * Asks a port whether a local tenant this user started answers there: its discovery document carries the local
 * tenant's marker and the expected issuer, and it proves it holds the secret in this user's {@link OwnershipFile}.
 */
final class LocalTenantProbe {

	private static final int TIMEOUT_MILLIS = 3000;

	private static final int MAX_BODY_BYTES = 64 * 1024;

	private LocalTenantProbe() {
	}

	enum Answer {

		/** Nothing listens on the port. */
		NOTHING,
		/** A local tenant with the expected issuer answers and proves this user started it. */
		LOCAL_TENANT,
		/** Something answers like a local tenant, but cannot prove this user started it. */
		UNPROVEN,
		/** Something else answers. */
		SOMETHING_ELSE

	}

	static Answer ask(InetAddress address, int port, Path ownershipFile) {
		String base = "http://" + hostForUri(address) + ":" + port;
		try {
			Map<String, Object> metadata = JSONObjectUtils.parse(get(base + "/.well-known/openid-configuration"));
			String issuer = LocalTenant.issuerFor(port);
			if (!Boolean.TRUE.equals(metadata.get(LocalTenantServer.DISCOVERY_MARKER))
					|| !issuer.equals(metadata.get("issuer"))) {
				return Answer.SOMETHING_ELSE;
			}
			return proven(base, issuer, ownershipFile) ? Answer.LOCAL_TENANT : Answer.UNPROVEN;
		}
		catch (ConnectException ex) {
			return Answer.NOTHING;
		}
		catch (IOException | NotOk | ParseException ex) {
			return Answer.SOMETHING_ELSE;
		}
	}

	private static boolean proven(String base, String issuer, Path ownershipFile) {
		Optional<OwnershipProof> ours = OwnershipFile.read(ownershipFile);
		if (ours.isEmpty()) {
			return false;
		}
		String nonce = OwnershipProof.nonce();
		try {
			return ours.get().verifies(issuer, nonce, get(base + OwnershipProof.PATH + "?nonce=" + nonce));
		}
		catch (IOException | NotOk ex) {
			return false;
		}
	}

	/**
	 * The body of a 200 answer, up to {@value #MAX_BODY_BYTES} bytes.
	 */
	private static String get(String url) throws IOException, NotOk {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		try {
			connection.setConnectTimeout(TIMEOUT_MILLIS);
			connection.setReadTimeout(TIMEOUT_MILLIS);
			connection.setInstanceFollowRedirects(false);
			if (connection.getResponseCode() != 200) {
				throw new NotOk();
			}
			try (InputStream body = connection.getInputStream()) {
				return new String(body.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8);
			}
		}
		finally {
			connection.disconnect();
		}
	}

	private static String hostForUri(InetAddress address) {
		String host = address.getHostAddress();
		return host.contains(":") ? "[" + host + "]" : host;
	}

	private static final class NotOk extends Exception {

		NotOk() {
			super(null, null, false, false);
		}

	}

}
