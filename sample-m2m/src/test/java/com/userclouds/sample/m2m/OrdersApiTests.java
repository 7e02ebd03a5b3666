package com.userclouds.sample.m2m;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's API over real HTTP, against a fake UserClouds tenant that signs machine-to-machine tokens.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OrdersApiTests {

	private static final RSAKey key = newKey();

	private static final MockWebServer tenant = startTenant();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	private int port;

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", OrdersApiTests::issuer);
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	@Test
	void readsOrdersWithTheReadScope() throws Exception {
		HttpResponse<String> response = send("GET", "/api/orders", token("orders:read"), null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("keyboard");
	}

	@Test
	void createsOrdersWithTheWriteScopeOnly() throws Exception {
		String body = "{\"item\":\"mouse\",\"quantity\":2}";
		HttpResponse<String> refused = send("POST", "/api/orders", token("orders:read"), body);
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.headers().firstValue("WWW-Authenticate")).get()
			.asString()
			.contains("error=\"insufficient_scope\"")
			.contains("scope=\"orders:write\"");
		HttpResponse<String> created = send("POST", "/api/orders", token("orders:write"), body);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"item\":\"mouse\"");
	}

	@Test
	void refusesCallsWithoutAToken() throws Exception {
		HttpResponse<String> response = send("GET", "/api/orders", null, null);
		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(response.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
	}

	@Test
	void tellsTheCallerWhoItIs() throws Exception {
		HttpResponse<String> response = send("GET", "/api/whoami", token("orders:read orders:write"), null);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> json = JSONObjectUtils.parse(response.body());
		assertThat(json.get("sub")).isEqualTo("app-" + key.getKeyID());
		assertThat(json.get("scopes")).isEqualTo(List.of("orders:read", "orders:write"));
	}

	@Test
	void pingNeedsNoToken() throws Exception {
		HttpResponse<String> response = send("GET", "/public/ping", null, null);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("ok");
	}

	private HttpResponse<String> send(String method, String path, String token, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** A UserClouds machine-to-machine access token: {@code subject_type: "_login_app"}, audience the tenant. */
	private static String token(String scope) throws Exception {
		Instant now = Instant.now();
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(issuer())
			.subject("app-" + key.getKeyID())
			.audience(List.of(issuer()))
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofHours(1))))
			.jwtID(UUID.randomUUID().toString())
			.claim("subject_type", "_login_app")
			.claim("scope", scope)
			.build();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims);
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static String issuer() {
		String url = tenant.url("/").toString();
		return url.substring(0, url.length() - 1);
	}

	private static MockWebServer startTenant() {
		MockWebServer server = new MockWebServer();
		server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String issuer = issuer();
				Map<String, Object> body = switch (request.getUrl().encodedPath()) {
					case "/.well-known/openid-configuration" -> Map.of("issuer", issuer, "authorization_endpoint",
							issuer + "/oidc/authorize", "token_endpoint", issuer + "/oidc/token", "jwks_uri",
							issuer + "/.well-known/jwks.json", "response_types_supported", List.of("id_token"),
							"id_token_signing_alg_values_supported", List.of("RS256"));
					case "/.well-known/jwks.json" -> new JWKSet(key.toPublicJWK()).toJSONObject();
					default -> null;
				};
				return (body != null)
						? new MockResponse(200, Headers.of("Content-Type", "application/json"),
								JSONObjectUtils.toJSONString(body))
						: new MockResponse(404, Headers.of(), "");
			}
		});
		try {
			server.start(0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return server;
	}

	private static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
