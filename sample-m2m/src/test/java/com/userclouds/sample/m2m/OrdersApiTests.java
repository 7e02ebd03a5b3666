package com.userclouds.sample.m2m;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.userclouds.spring.test.TestTenant;
import com.userclouds.spring.test.UserCloudsTestTenant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample's API over real HTTP, with machine-to-machine tokens signed by a test tenant.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@UserCloudsTestTenant
class OrdersApiTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Autowired
	private TestTenant tenant;

	@LocalServerPort
	private int port;

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
	void refusesAnIdToken() throws Exception {
		HttpResponse<String> response = send("GET", "/api/orders", this.tenant.idToken().scopes("orders:read").build(),
				null);
		assertThat(response.statusCode()).isEqualTo(401);
	}

	@Test
	void tellsTheCallerWhoItIs() throws Exception {
		String token = this.tenant.m2mToken().subject("app-42").scopes("orders:read", "orders:write").build();
		HttpResponse<String> response = send("GET", "/api/whoami", token, null);
		assertThat(response.statusCode()).isEqualTo(200);
		Map<String, Object> json = JSONObjectUtils.parse(response.body());
		assertThat(json.get("sub")).isEqualTo("app-42");
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

	/** A UserClouds machine-to-machine access token with the given scopes. */
	private String token(String scope) {
		return this.tenant.m2mToken().scopes(scope).build();
	}

}
