package com.userclouds.sample.webapp;

import java.io.IOException;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

/**
 * The sample's pages through the starter's login filter chain. The tenant is unreachable on purpose (the app must
 * start anyway); logged-in requests use Spring Security's test support, and the API is a MockWebServer.
 */
@SpringBootTest(properties = "userclouds.tenant-url=http://127.0.0.1:9")
@AutoConfigureMockMvc
class SampleWebappTests {

	private static final MockWebServer api = new MockWebServer();

	/** The access token Spring Security's {@code oidcLogin()} gives the user. */
	private static final String ACCESS_TOKEN = "access-token";

	@Autowired
	private MockMvc mvc;

	@DynamicPropertySource
	static void apiUrl(DynamicPropertyRegistry registry) throws IOException {
		api.start();
		registry.add("sample.api-base-url", () -> api.url("/").toString());
	}

	@AfterAll
	static void stopApi() {
		api.close();
	}

	@Test
	void homeIsPublicAndLinksToLogin() throws Exception {
		this.mvc.perform(get("/"))
			.andExpect(status().isOk())
			.andExpect(xpath("//a[@id='login']/@href").string("/login"));
	}

	@Test
	void profileNeedsLogin() throws Exception {
		this.mvc.perform(get("/profile")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void profileShowsTheUserAndTheTokens() throws Exception {
		this.mvc.perform(get("/profile").with(user()))
			.andExpect(status().isOk())
			.andExpect(xpath("//*[@id='sub']").string("user-1"))
			.andExpect(xpath("//*[@id='email']").string("ada@example.com"))
			.andExpect(content().string(containsString("organization_id")))
			.andExpect(xpath("//table[@id='access-token-claims']//th").string("(opaque token)"));
	}

	@Test
	void callsTheApiWithTheUsersAccessToken() throws Exception {
		api.enqueue(new MockResponse.Builder().code(200).body("{\"sub\":\"user-1\"}").build());
		this.mvc.perform(post("/profile/whoami").with(user()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(xpath("//pre[@id='whoami']").string("{\"sub\":\"user-1\"}"));
		RecordedRequest call = api.takeRequest();
		assertThat(call.getUrl().encodedPath()).isEqualTo("/api/whoami");
		assertThat(call.getHeaders().get("Authorization")).isEqualTo("Bearer " + ACCESS_TOKEN);
	}

	@Test
	void showsTheApisRefusal() throws Exception {
		api.enqueue(new MockResponse.Builder().code(401).body("invalid_token").build());
		this.mvc.perform(post("/profile/whoami").with(user()).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(xpath("//pre[@id='whoami']").string(containsString("401")));
	}

	private static OidcLoginRequestPostProcessor user() {
		ClientRegistration registration = ClientRegistration.withRegistrationId("userclouds")
			.clientId("sample-webapp")
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/userclouds")
			.authorizationUri("http://127.0.0.1:9/oidc/authorize")
			.tokenUri("http://127.0.0.1:9/oidc/token")
			.build();
		return oidcLogin().clientRegistration(registration)
			.idToken((token) -> token.subject("user-1")
				.claim("email", "ada@example.com")
				.claim("name", "Ada Lovelace")
				.claim("organization_id", "org-1"));
	}


}
