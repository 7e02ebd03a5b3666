package com.userclouds.sample.gateway;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.OidcLoginMutator;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The gateway's pages and routes through the starter's reactive login chain, with a WebTestClient bound to the
 * application (Spring Security's test support needs that). The tenant is unreachable on purpose
 * (the gateway must start anyway); logged-in requests use Spring Security's test support; one MockWebServer stands in
 * for the API the routes forward to and for the tenant's token endpoint, which the M2M route's client asks.
 */
@SpringBootTest(properties = { "userclouds.tenant-url=http://127.0.0.1:9", "userclouds.login.client-id=sample-gateway",
				"userclouds.m2m.clients.orders.client-id=gateway-app",
				"userclouds.m2m.clients.orders.client-secret=gateway-secret" })
class SampleGatewayTests {

	private static final MockWebServer backend = new MockWebServer();

	private static final List<RecordedRequest> apiCalls = new CopyOnWriteArrayList<>();

	/** The access token Spring Security's {@code mockOidcLogin()} gives the user. */
	private static final String USER_ACCESS_TOKEN = "access-token";

	private static final String GATEWAY_TOKEN = "gateway-m2m-token";

	private WebTestClient client;

	@BeforeEach
	void bindClient(@Autowired ApplicationContext context) {
		this.client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build();
	}

	@DynamicPropertySource
	static void backendUrls(DynamicPropertyRegistry registry) throws IOException {
		backend.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().equals("/oidc/token")) {
					return new MockResponse.Builder().code(200)
						.setHeader("Content-Type", "application/json")
						.body("{\"access_token\":\"" + GATEWAY_TOKEN + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}")
						.build();
				}
				apiCalls.add(request);
				return new MockResponse.Builder().code(200)
					.setHeader("Content-Type", "application/json")
					.body("{\"sub\":\"user-1\"}")
					.build();
			}
		});
		backend.start();
		registry.add("sample.api-base-url", () -> "http://127.0.0.1:" + backend.getPort());
		registry.add("userclouds.endpoints.token", () -> backend.url("/oidc/token").toString());
	}

	@AfterAll
	static void stopBackend() {
		backend.close();
	}

	@BeforeEach
	void forgetCalls() {
		apiCalls.clear();
	}

	@Test
	void homeIsPublicAndLinksToLogin() {
		this.client.get()
			.uri("/")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.xpath("//a[@id='login']/@href")
			.isEqualTo("/login");
	}

	@Test
	void profileNeedsLogin() {
		this.client.get()
			.uri("/profile")
			.accept(MediaType.TEXT_HTML)
			.exchange()
			.expectStatus()
			.isFound()
			.expectHeader()
			.location("/login");
	}

	@Test
	void profileShowsTheUserTheTokensAndALogoutFormWithItsCsrfToken() {
		String page = this.client.mutateWith(user())
			.get()
			.uri("/profile")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		assertThat(page).contains("<dd id=\"sub\">user-1</dd>")
			.contains("<dd id=\"email\">ada@example.com</dd>")
			.contains("organization_id")
			.contains("(opaque token)");
		assertThat(page.split("name=\"_csrf\"", -1)).as("one CSRF field, in the logout form").hasSize(2);
	}

	@Test
	void theApiRouteRelaysTheUsersAccessToken() throws InterruptedException {
		this.client.mutateWith(user())
			.get()
			.uri("/api/whoami")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("{\"sub\":\"user-1\"}");
		assertThat(apiCalls).singleElement().satisfies((call) -> {
			assertThat(call.getUrl().encodedPath()).isEqualTo("/api/whoami");
			assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer " + USER_ACCESS_TOKEN);
			assertThat(call.getHeaders().get("Cookie")).as("the session stays at the gateway").isNull();
		});
	}

	@Test
	void theServiceRouteSendsTheGatewaysOwnToken() {
		// a logged-in user without the test support's stand-in authorized clients, which answer for every client
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token").subject("user-1").build();
		OidcUser user = new DefaultOidcUser(List.of(), idToken);
		this.client.mutateWith(mockAuthentication(new OAuth2AuthenticationToken(user, List.of(), "userclouds")))
			.get()
			.uri("/service/orders")
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(apiCalls).singleElement().satisfies((call) -> {
			assertThat(call.getUrl().encodedPath()).isEqualTo("/api/orders");
			assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer " + GATEWAY_TOKEN);
		});
	}

	@Test
	void aScriptWithoutLoginGets401AndTheApiIsNotCalled() {
		this.client.get()
			.uri("/api/whoami")
			.header("X-Requested-With", "XMLHttpRequest")
			.exchange()
			.expectStatus()
			.isUnauthorized();
		assertThat(apiCalls).isEmpty();
	}

	private static OidcLoginMutator user() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("userclouds")
			.clientId("sample-gateway")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/userclouds")
			.authorizationUri("http://127.0.0.1:9/oidc/authorize")
			.tokenUri("http://127.0.0.1:9/oidc/token")
			.build();
		return mockOidcLogin().clientRegistration(registration)
			.idToken((token) -> token.subject("user-1")
				.claim("email", "ada@example.com")
				.claim("name", "Ada Lovelace")
				.claim("organization_id", "org-1"));
	}

}
