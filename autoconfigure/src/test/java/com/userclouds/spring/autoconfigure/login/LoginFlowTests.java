package com.userclouds.spring.autoconfigure.login;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every flow and response mode end to end through the real filter chain against a fake tenant, on both stacks, in
 * the UserClouds shape (query results, {@code token} parameter, no hashes, no {@code expires_in}) and the standard shape (form_post
 * and fragment, {@code c_hash}/{@code at_hash}, RFC 9068 access tokens).
 */
class LoginFlowTests {

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	record Scenario(Shape shape, String flow, String responseType, ResponseMode mode, boolean confidential,
			boolean requireHashes) {

		@Override
		public String toString() {
			return shape + " " + flow + ((responseType != null) ? " [" + responseType + "]" : "") + " " + mode
					+ (confidential ? " confidential" : "") + (requireHashes ? " require-token-hashes" : "");
		}

		List<String> properties() {
			List<String> properties = new ArrayList<>(List.of("userclouds.login.flow=" + flow));
			if (responseType != null) {
				properties.add("userclouds.login.response-type=" + responseType);
			}
			if (confidential) {
				properties.add("userclouds.login.client-secret=s3cret");
			}
			if (requireHashes) {
				properties.add("userclouds.login.require-token-hashes=true");
			}
			return properties;
		}

	}

	static Stream<Arguments> scenarios() {
		return Stream.of(LoginStack.values())
			.flatMap((stack) -> flows().map((scenario) -> Arguments.of(stack, scenario)));
	}

	private static Stream<Scenario> flows() {
		return Stream.of(new Scenario(Shape.USERCLOUDS, "pkce", null, ResponseMode.QUERY, false, false),
				new Scenario(Shape.USERCLOUDS, "pkce", null, ResponseMode.QUERY, true, false),
				new Scenario(Shape.USERCLOUDS, "authorization-code", null, ResponseMode.QUERY, true, false),
				new Scenario(Shape.USERCLOUDS, "hybrid", null, ResponseMode.QUERY, false, false),
				new Scenario(Shape.USERCLOUDS, "hybrid", "code token", ResponseMode.QUERY, false, false),
				new Scenario(Shape.USERCLOUDS, "hybrid", "code id_token token", ResponseMode.QUERY, true, false),
				new Scenario(Shape.USERCLOUDS, "implicit", null, ResponseMode.QUERY, false, false),
				new Scenario(Shape.USERCLOUDS, "implicit", "id_token", ResponseMode.QUERY, false, false),
				new Scenario(Shape.STANDARD, "pkce", null, ResponseMode.FORM_POST, false, false),
				new Scenario(Shape.STANDARD, "pkce", null, ResponseMode.FRAGMENT, false, false),
				new Scenario(Shape.STANDARD, "hybrid", null, ResponseMode.FORM_POST, false, true),
				new Scenario(Shape.STANDARD, "hybrid", null, ResponseMode.FRAGMENT, false, true),
				new Scenario(Shape.STANDARD, "hybrid", "code id_token token", ResponseMode.FRAGMENT, true, true),
				new Scenario(Shape.STANDARD, "implicit", null, ResponseMode.FORM_POST, false, true),
				new Scenario(Shape.STANDARD, "implicit", null, ResponseMode.FRAGMENT, false, true));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("scenarios")
	void logsInThroughTheRealFilterChain(LoginStack stack, Scenario scenario) {
		this.tenant = new FakeTenant(scenario.shape()).start();
		stack.application(this.tenant)
			.withPropertyValues(scenario.properties().toArray(String[]::new))
			.run((app) -> {
				LoginBrowser browser = app.browser();
				Map<String, String> request = browser.startLogin();
				assertAuthorizationRequest(scenario, request);
				String sessionBefore = browser.sessionId();
				Map<String, String> response = this.tenant.authorize(request, Tweaks.none());
				LoginBrowser.Response callback = browser.deliver(response, scenario.mode());
				assertThat(callback.status()).isEqualTo(302);
				assertThat(callback.redirectedPath()).as(() -> browser.get("/login?error").body()).isEqualTo("/profile");
				assertThat(browser.sessionId()).as("session fixation protection").isNotEqualTo(sessionBefore);
				OidcUser user = (OidcUser) browser.authentication().getPrincipal();
				assertThat(user.getSubject()).isEqualTo(FakeTenant.USER);
				assertThat(user.getEmail()).isEqualTo("ada@example.com");
				assertTokens(scenario, browser.authorizedClient(), response);
				LoginBrowser.Response profile = browser.get("/profile");
				assertThat(profile.status()).isEqualTo(200);
				assertThat(profile.body()).contains("sub=" + FakeTenant.USER);
			});
	}

	private void assertAuthorizationRequest(Scenario scenario, Map<String, String> request) {
		String expectedType = (scenario.responseType() != null) ? scenario.responseType()
				: LoginFlow.valueOf(scenario.flow().toUpperCase().replace('-', '_')).responseTypes().get(0);
		assertThat(request.get("response_type")).isEqualTo(expectedType);
		assertThat(request).containsKeys("state", "nonce", "redirect_uri");
		assertThat(request.get("redirect_uri")).isEqualTo("http://localhost/login/oauth2/code/userclouds");
		boolean pkceExpected = switch (scenario.flow()) {
			case "pkce", "hybrid" -> true;
			case "authorization-code" -> !scenario.confidential();
			default -> false;
		};
		if (pkceExpected) {
			assertThat(request.get("code_challenge_method")).isEqualTo("S256");
			assertThat(request.get("code_challenge")).hasSize(43);
		}
		else {
			assertThat(request).doesNotContainKeys("code_challenge", "code_challenge_method");
		}
	}

	private void assertTokens(Scenario scenario, OAuth2AuthorizedClient client, Map<String, String> response) {
		boolean codeFlow = !scenario.flow().equals("implicit");
		if ("id_token".equals(scenario.responseType())) {
			assertThat(client).as("no access token, no authorized client").isNull();
			return;
		}
		assertThat(client).isNotNull();
		assertThat(client.getAccessToken().getExpiresAt()).as("lifetime from the JWT exp or expires_in")
			.isAfter(Instant.now().plus(Duration.ofMinutes(50)));
		if (codeFlow) {
			assertThat(client.getRefreshToken()).isNotNull();
			assertThat(this.tenant.tokenRequests()).hasSize(1);
			Map<String, String> tokenRequest = this.tenant.tokenRequests().get(0);
			assertThat(tokenRequest.get("grant_type")).isEqualTo("authorization_code");
			if (scenario.flow().equals("pkce") || scenario.flow().equals("hybrid")) {
				assertThat(tokenRequest).containsKey("code_verifier");
			}
		}
		else {
			assertThat(this.tenant.tokenRequests()).isEmpty();
			assertThat(client.getRefreshToken()).isNull();
			String sent = (scenario.shape() == Shape.USERCLOUDS) ? response.get("token") : response.get("access_token");
			assertThat(client.getAccessToken().getTokenValue()).isEqualTo(sent);
		}
	}

}
