package com.userclouds.bench.tenant;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A UserClouds-shaped tenant for the benchmarks, on the JDK's HTTP server so that it costs the measured apps as
 * little CPU as possible: discovery, JWKS, and a client-credentials token endpoint that answers without
 * {@code expires_in} (as UserClouds does). Its {@code /bench/*} endpoints let the script mint tokens, rotate the
 * signing key and read how often each endpoint was called; {@code /bench/api} stands for an API that M2M clients
 * call.
 */
public final class BenchTenant implements AutoCloseable {

	private final HttpServer server;

	private final String issuer;

	private final TokenMinter minter;

	private final List<RSAKey> publishedKeys = new CopyOnWriteArrayList<>();

	private final Map<String, AtomicInteger> calls = Map.of("discovery", new AtomicInteger(), "jwks",
			new AtomicInteger(), "token", new AtomicInteger());

	private volatile RSAKey signingKey = TokenMinter.newKey();

	/** What the token endpoint answers: one token signed ahead, since only requests are counted there. */
	private volatile String clientCredentialsToken;

	private BenchTenant(HttpServer server) {
		this.server = server;
		this.issuer = "http://127.0.0.1:" + server.getAddress().getPort();
		this.minter = new TokenMinter(this.issuer);
		this.publishedKeys.add(this.signingKey);
		this.clientCredentialsToken = mint("orders:read");
	}

	/** Starts on a free loopback port. */
	public static BenchTenant start() throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		BenchTenant tenant = new BenchTenant(server);
		server.createContext("/", tenant::handle);
		server.setExecutor(Executors.newFixedThreadPool(4));
		server.start();
		return tenant;
	}

	/**
	 * Runs until killed, and writes its URL to the file named by the first argument once it answers.
	 */
	public static void main(String[] args) throws IOException {
		BenchTenant tenant = start();
		if (args.length > 0) {
			Path file = Path.of(args[0]);
			Path partial = file.resolveSibling(file.getFileName() + ".tmp");
			Files.writeString(partial, tenant.issuer());
			Files.move(partial, file);
		}
		System.out.println("bench tenant at " + tenant.issuer());
	}

	public String issuer() {
		return this.issuer;
	}

	public String mint(String scope) {
		return this.minter.mint(this.signingKey, scope, Duration.ofHours(24));
	}

	/** Signs with a new key from now on, published next to the old one, as a tenant rotating its keys does. */
	public void rotate() {
		RSAKey next = TokenMinter.newKey();
		this.publishedKeys.add(next);
		this.signingKey = next;
		this.clientCredentialsToken = mint("orders:read");
	}

	public int calls(String endpoint) {
		return this.calls.get(endpoint).get();
	}

	@Override
	public void close() {
		this.server.stop(0);
		((java.util.concurrent.ExecutorService) this.server.getExecutor()).shutdownNow();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			drain(exchange.getRequestBody());
			String path = exchange.getRequestURI().getPath();
			Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
			switch (path) {
				case "/.well-known/openid-configuration" -> {
					this.calls.get("discovery").incrementAndGet();
					json(exchange, 200, discovery());
				}
				case "/.well-known/jwks.json" -> {
					this.calls.get("jwks").incrementAndGet();
					json(exchange, 200, new JWKSet(List.copyOf(this.publishedKeys)).toJSONObject(true));
				}
				case "/oidc/token" -> {
					this.calls.get("token").incrementAndGet();
					// UserClouds answers without expires_in and scope: the lifetime is only in the JWT's exp
					json(exchange, 200, Map.of("access_token", this.clientCredentialsToken, "token_type", "Bearer"));
				}
				case "/bench/api" -> text(exchange, "ok");
				case "/bench/token" -> text(exchange, mint(query.getOrDefault("scope", "orders:read")));
				case "/bench/rotate" -> {
					rotate();
					text(exchange, this.signingKey.getKeyID());
				}
				case "/bench/calls" -> text(exchange, String.valueOf(calls(query.getOrDefault("endpoint", "jwks"))));
				default -> json(exchange, 404, Map.of("error", "not_found"));
			}
		}
	}

	private Map<String, Object> discovery() {
		return Map.of("issuer", this.issuer, "authorization_endpoint", this.issuer + "/oidc/authorize",
				"token_endpoint", this.issuer + "/oidc/token", "userinfo_endpoint", this.issuer + "/oidc/userinfo",
				"jwks_uri", this.issuer + "/.well-known/jwks.json", "response_types_supported", List.of("id_token"),
				"subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported",
				List.of("RS256"), "scopes_supported", List.of("openid", "profile"));
	}

	private static void drain(InputStream body) throws IOException {
		body.transferTo(OutputStream.nullOutputStream());
	}

	private static Map<String, String> query(String rawQuery) {
		Map<String, String> parameters = new HashMap<>();
		if (rawQuery != null) {
			for (String pair : rawQuery.split("&")) {
				int equals = pair.indexOf('=');
				if (equals > 0) {
					parameters.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
			}
		}
		return parameters;
	}

	private static void json(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
		send(exchange, status, "application/json", JSONObjectUtils.toJSONString(body));
	}

	private static void text(HttpExchange exchange, String body) throws IOException {
		send(exchange, 200, "text/plain", body);
	}

	private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
		byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", contentType);
		exchange.sendResponseHeaders(status, bytes.length);
		exchange.getResponseBody().write(bytes);
	}

}
