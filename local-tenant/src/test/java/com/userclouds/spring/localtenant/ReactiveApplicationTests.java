package com.userclouds.spring.localtenant;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import reactor.core.publisher.Mono;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.reactor.netty.NettyWebServer;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.reactive.context.ReactiveWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.resource.RequireScopes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A WebFlux application with the starter and the local tenant, and no tenant URL: the launcher starts the tenant on
 * Tomcat in a servlet context of its own, the application stays reactive on Reactor Netty, and client-credentials
 * tokens of the local tenant pass its resource server. It does not set {@code spring.main.web-application-type}: the
 * local tenant brings Tomcat but not Spring MVC, so Spring Boot still picks WebFlux, and the tenant's Tomcat does not
 * take the application's server either.
 */
class ReactiveApplicationTests {

	@TempDir
	static Path keys;

	static ConfigurableApplicationContext application;

	static String tenantUrl;

	@BeforeAll
	static void start() {
		application = new SpringApplicationBuilder(ReactiveApi.class)
			.properties("server.port=0", "server.address=127.0.0.1",
					"userclouds.local-tenant.key-file=" + keys.resolve("key.json"), "userclouds.local-tenant.port=0",
					"userclouds.local-tenant.enabled=true")
			.run();
		tenantUrl = TestApplication.tenantUrl(application);
	}

	@AfterAll
	static void stop() {
		application.close();
	}

	@Test
	void theApplicationStaysReactiveOnNettyAndTrustsTheLocalTenant() {
		assertThat(application).isInstanceOf(ReactiveWebServerApplicationContext.class);
		assertThat(server()).isInstanceOf(NettyWebServer.class);
		assertThat(tenantUrl).matches("http://localhost:\\d+");
		assertThat(port(tenantUrl)).isNotEqualTo(server().getPort());
	}

	@Test
	void aClientCredentialsTokenOfTheLocalTenantPasses() {
		get("/api/orders", m2mToken("orders:read")).expectStatus()
			.isOk()
			.expectBody(String.class)
			.isEqualTo("[\"keyboard\"]");
	}

	@Test
	void aTokenWithoutTheScopeIsForbidden() {
		get("/api/orders", m2mToken("orders:write")).expectStatus()
			.isForbidden()
			.expectHeader()
			.value(HttpHeaders.WWW_AUTHENTICATE, (challenge) -> assertThat(challenge).contains("insufficient_scope"));
	}

	@Test
	void aTamperedTokenOrNoTokenIsRefused() {
		String token = m2mToken("orders:read");
		String[] parts = token.split("\\.");
		String forged = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
		get("/api/orders", forged).expectStatus().isUnauthorized();
		client().get().uri("/api/orders").exchange().expectStatus().isUnauthorized();
	}

	private static String m2mToken(String scope) {
		Browser.TokenResponse response = new Browser(tenantUrl).token("local-tenant-m2m", "local-tenant-m2m-secret",
				Map.of("grant_type", "client_credentials", "scope", scope));
		assertThat(response.status()).isEqualTo(200);
		return response.get("access_token");
	}

	private static WebTestClient.ResponseSpec get(String path, String token) {
		return client().get().uri(path).headers((headers) -> headers.setBearerAuth(token)).exchange();
	}

	private static WebTestClient client() {
		return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + server().getPort()).build();
	}

	private static WebServer server() {
		return ((ReactiveWebServerApplicationContext) application).getWebServer();
	}

	private static int port(String url) {
		return Integer.parseInt(url.substring(url.lastIndexOf(':') + 1));
	}

	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(ReactiveApi.OrdersController.class)
	static class ReactiveApi {

		@RestController
		static class OrdersController {

			@RequireScopes("orders:read")
			@GetMapping("/api/orders")
			Mono<List<String>> orders() {
				return Mono.just(List.of("keyboard"));
			}

		}

	}

}
