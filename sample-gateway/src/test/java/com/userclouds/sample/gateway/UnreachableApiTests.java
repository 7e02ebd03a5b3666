package com.userclouds.sample.gateway;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockAuthentication;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.mockOidcLogin;
import static org.springframework.security.test.web.reactive.server.SecurityMockServerConfigurers.springSecurity;

/**
 * The API, or the tenant the gateway's own token comes from, cannot be reached (nothing listens on port 9): the
 * gateway says so with 502 Bad Gateway and no details, instead of taking the failure for its own (500).
 */
@SpringBootTest(properties = { "userclouds.tenant-url=http://127.0.0.1:9", "userclouds.login.client-id=sample-gateway",
		"userclouds.m2m.clients.orders.client-id=gateway-app", "userclouds.m2m.clients.orders.client-secret=secret",
		"sample.api-base-url=http://127.0.0.1:9" })
class UnreachableApiTests {

	private WebTestClient client;

	@BeforeEach
	void bindClient(@Autowired ApplicationContext context) {
		this.client = WebTestClient.bindToApplicationContext(context).apply(springSecurity()).configureClient().build();
	}

	@Test
	void anUnreachableApiIsABadGateway() {
		this.client.mutateWith(mockOidcLogin())
			.get()
			.uri("/api/whoami")
			.exchange()
			.expectStatus()
			.isEqualTo(502)
			.expectBody()
			.jsonPath("$.trace")
			.doesNotExist()
			.jsonPath("$.exception")
			.doesNotExist();
	}

	@Test
	void anUnreachableTenantForTheGatewaysOwnTokenIsABadGateway() {
		DefaultOidcUser user = new DefaultOidcUser(List.of(),
				OidcIdToken.withTokenValue("id-token").subject("user-1").build());
		this.client.mutateWith(mockAuthentication(new OAuth2AuthenticationToken(user, List.of(), "userclouds")))
			.get()
			.uri("/service/orders")
			.exchange()
			.expectStatus()
			.isEqualTo(502);
	}

}
