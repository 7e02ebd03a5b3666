package com.userclouds.spring.test;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A UserClouds tenant for tests: an RSA signing key, and its discovery document and JWKS served on a free loopback
 * port, so an application under test validates the tokens of {@link #accessToken()} and friends with its real
 * decoder. Discovery is shaped like UserClouds' ({@code /oidc/*} endpoints, {@code response_types_supported:
 * ["id_token"]}); only discovery and the JWKS answer, nothing issues tokens over HTTP.
 *
 * <p>
 * Use it through {@link UserCloudsTestTenant} in Spring tests, or start one yourself and close it after the test.
 */
public final class TestTenant implements AutoCloseable {

	/** The login client id that {@link #idToken()} puts in {@code aud} and {@code azp} unless told otherwise. */
	public static final String DEFAULT_CLIENT_ID = "test-client";

	private final RSAKey signingKey = newKey();

	private final HttpServer server;

	private final String issuer;

	private TestTenant(HttpServer server) {
		this.server = server;
		this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
	}

	/**
	 * Starts a tenant on a free port of 127.0.0.1. Close it when done.
	 */
	public static TestTenant start() {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start the test tenant", ex);
		}
		TestTenant tenant = new TestTenant(server);
		server.createContext("/", tenant::answer);
		server.start();
		return tenant;
	}

	/**
	 * The tenant URL and issuer, e.g. {@code http://127.0.0.1:54321}: what {@code userclouds.tenant-url} is set to.
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * A UserClouds user access token: {@code aud} = [tenant URL], a UUID {@code subject_type}, valid for an hour.
	 */
	public TestTokenBuilder accessToken() {
		return TestTokenBuilder.accessToken(this.issuer, this.signingKey);
	}

	/**
	 * A UserClouds machine-to-machine access token: {@code subject_type: "_login_app"}, {@code sub} an app UUID.
	 */
	public TestTokenBuilder m2mToken() {
		return TestTokenBuilder.m2mToken(this.issuer, this.signingKey);
	}

	/**
	 * A UserClouds ID token of the login client {@value #DEFAULT_CLIENT_ID}: {@code aud} = [client id, tenant URL],
	 * {@code azp}, {@code nonce}, {@code subject_type: "_user"}. A resource server must refuse it.
	 */
	public TestTokenBuilder idToken() {
		return TestTokenBuilder.idToken(this.issuer, this.signingKey, DEFAULT_CLIENT_ID);
	}

	/** The public key set the tenant serves. */
	public JWKSet jwkSet() {
		return new JWKSet(this.signingKey.toPublicJWK());
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	private void answer(HttpExchange exchange) throws IOException {
		try (exchange) {
			Map<String, Object> body = switch (exchange.getRequestURI().getPath()) {
				case "/.well-known/openid-configuration" -> discovery();
				case "/.well-known/jwks.json" -> jwkSet().toJSONObject();
				default -> null;
			};
			if (body == null || !"GET".equals(exchange.getRequestMethod())) {
				exchange.sendResponseHeaders(404, -1);
				return;
			}
			byte[] json = JSONObjectUtils.toJSONString(body).getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().set("Content-Type", "application/json");
			exchange.sendResponseHeaders(200, json.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(json);
			}
		}
	}

	private Map<String, Object> discovery() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", this.issuer);
		document.put("authorization_endpoint", this.issuer + "/oidc/authorize");
		document.put("token_endpoint", this.issuer + "/oidc/token");
		document.put("userinfo_endpoint", this.issuer + "/oidc/userinfo");
		document.put("jwks_uri", this.issuer + "/.well-known/jwks.json");
		document.put("response_types_supported", List.of("id_token"));
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("scopes_supported", List.of("openid", "profile", "email"));
		return document;
	}

	static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Could not generate an RSA key", ex);
		}
	}

}
