package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

import com.userclouds.spring.localtenant.server.LocalTenantServer;

/**
 * Asks a port whether a local tenant answers there: its discovery document carries the local tenant's marker and the
 * expected issuer.
 */
final class LocalTenantProbe {

	private static final int TIMEOUT_MILLIS = 3000;

	private LocalTenantProbe() {
	}

	enum Answer {

		/** Nothing listens on the port. */
		NOTHING,
		/** A local tenant with the expected issuer answers. */
		LOCAL_TENANT,
		/** Something else answers. */
		SOMETHING_ELSE

	}

	static Answer ask(InetAddress address, int port) {
		URI discovery = URI.create("http://" + hostForUri(address) + ":" + port + "/.well-known/openid-configuration");
		HttpURLConnection connection = null;
		try {
			connection = (HttpURLConnection) discovery.toURL().openConnection();
			connection.setConnectTimeout(TIMEOUT_MILLIS);
			connection.setReadTimeout(TIMEOUT_MILLIS);
			connection.setInstanceFollowRedirects(false);
			if (connection.getResponseCode() != 200) {
				return Answer.SOMETHING_ELSE;
			}
			try (InputStream body = connection.getInputStream()) {
				Map<String, Object> metadata = JSONObjectUtils
					.parse(new String(body.readNBytes(64 * 1024), StandardCharsets.UTF_8));
				boolean localTenant = Boolean.TRUE.equals(metadata.get(LocalTenantServer.DISCOVERY_MARKER))
						&& LocalTenant.issuerFor(port).equals(metadata.get("issuer"));
				return localTenant ? Answer.LOCAL_TENANT : Answer.SOMETHING_ELSE;
			}
		}
		catch (ConnectException ex) {
			return Answer.NOTHING;
		}
		catch (IOException | ParseException ex) {
			return Answer.SOMETHING_ELSE;
		}
		finally {
			if (connection != null) {
				connection.disconnect();
			}
		}
	}

	private static String hostForUri(InetAddress address) {
		String host = address.getHostAddress();
		return host.contains(":") ? "[" + host + "]" : host;
	}

}
