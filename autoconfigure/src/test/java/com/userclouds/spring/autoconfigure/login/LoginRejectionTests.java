package com.userclouds.spring.autoconfigure.login;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;


import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Broken, forged and replayed authorization responses, modelled on the OpenID Foundation relying-party conformance
 * tests. Each must end on the login-error page with no authenticated session and no stored tokens; a broken
 * front-channel ID token must be refused before the token endpoint is called.
 */
class LoginRejectionTests {

	private static final String FOREIGN_ISSUER = "https://evil.example.com";

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	record Case(String name, Shape shape, String flow, ResponseMode mode, List<String> properties,
			Function<FakeTenant, Tweaks> authorization, Function<FakeTenant, Tweaks> tokenEndpoint, String error,
			boolean tokenEndpointUntouched) {

		@Override
		public String toString() {
			return name + " (" + shape + " " + flow + " " + mode + ")";
		}

	}

	static Case frontChannel(String name, Shape shape, String flow, ResponseMode mode, Function<FakeTenant, Tweaks> tweaks,
			String error, String... properties) {
		return new Case(name, shape, flow, mode, List.of(properties), tweaks, (tenant) -> Tweaks.none(), error, true);
	}

	static Case tokenEndpoint(String name, Shape shape, Function<FakeTenant, Tweaks> tweaks, String error) {
		return new Case(name, shape, "pkce", ResponseMode.QUERY, List.of(), (tenant) -> Tweaks.none(), tweaks, error,
				false);
	}

	static Stream<Case> cases() {
		Shape uc = Shape.USERCLOUDS;
		Shape std = Shape.STANDARD;
		ResponseMode query = ResponseMode.QUERY;
		return Stream.of(
				frontChannel("wrong iss", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.issuer(FOREIGN_ISSUER)), "invalid_id_token"),
				frontChannel("wrong aud", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.audience("another-client")), "invalid_id_token"),
				frontChannel("missing aud", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.audience((List<String>) null)), "invalid_id_token"),
				frontChannel("wrong azp", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("azp", "another-client")), "invalid_id_token"),
				frontChannel("bad signature", uc, "hybrid", query, (t) -> Tweaks.none().signedWithForeignKey(),
						"invalid_id_token"),
				frontChannel("alg none", uc, "hybrid", query, (t) -> Tweaks.none().unsigned(), "invalid_id_token"),
				frontChannel("wrong nonce", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("nonce", "not-the-nonce")), "invalid_nonce"),
				frontChannel("missing nonce", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("nonce", null)), "invalid_nonce"),
				frontChannel("expired", uc, "hybrid", query, (t) -> Tweaks.none().idTokenClaims(
						(c) -> c.issueTime(ago(Duration.ofHours(3))).expirationTime(ago(Duration.ofHours(2)))),
						"invalid_id_token"),
				frontChannel("access token as ID token", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenReplacedBy(t.accessToken(FakeTenant.USER, Duration.ofHours(1))),
						"invalid_id_token"),
				frontChannel("malformed ID token", uc, "hybrid", query,
						(t) -> Tweaks.none().idTokenReplacedBy("not.a.jwt"), "invalid_id_token"),
				frontChannel("state mismatch", uc, "hybrid", query, (t) -> Tweaks.none().state("forged-state"),
						"authorization_request_not_found"),
				frontChannel("provider error", uc, "hybrid", query, (t) -> Tweaks.none().error("access_denied"),
						"access_denied"),
				frontChannel("RFC 9207 iss mismatch", uc, "hybrid", query, (t) -> Tweaks.none().iss(FOREIGN_ISSUER),
						"invalid_issuer"),
				frontChannel("implicit access token of another user", uc, "implicit", query,
						(t) -> Tweaks.none().accessToken(t.accessToken("someone-else", Duration.ofHours(1))),
						"invalid_token"),
				frontChannel("implicit access token authorized for another client (azp)", uc, "implicit", query,
						(t) -> Tweaks.none().accessToken(accessTokenClaiming(t, "azp", "another-client")), "invalid_token"),
				frontChannel("implicit access token of another client (client_id)", uc, "implicit", query,
						(t) -> Tweaks.none().accessToken(accessTokenClaiming(t, "client_id", "another-client")),
						"invalid_token"),
				frontChannel("implicit access token for another client's audience", uc, "implicit", query,
						(t) -> Tweaks.none().accessToken(accessTokenClaiming(t, "aud", List.of("another-client"))),
						"invalid_token"),
				frontChannel("ID token signed with an algorithm the tenant does not advertise", uc, "hybrid", query,
						(t) -> Tweaks.none().signedWith(JWSAlgorithm.RS512), "invalid_id_token"),
				frontChannel("ID token signed with an algorithm outside the configured allow-list", uc, "hybrid", query,
						(t) -> Tweaks.none(), "invalid_id_token", "userclouds.resource-server.algorithms=PS256"),
				frontChannel("implicit access token forged", uc, "implicit", query,
						(t) -> Tweaks.none().accessToken("not-a-jwt"), "invalid_token"),
				frontChannel("bad c_hash", std, "hybrid", ResponseMode.FORM_POST,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("c_hash", "AAAAAAAAAAAAAAAAAAAAAA")),
						"invalid_id_token"),
				frontChannel("missing c_hash with require-token-hashes", std, "hybrid", ResponseMode.FORM_POST,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("c_hash", null)), "invalid_id_token",
						"userclouds.login.require-token-hashes=true"),
				frontChannel("RFC 9068 access token as ID token", std, "hybrid", ResponseMode.FRAGMENT,
						(t) -> Tweaks.none().idTokenReplacedBy(t.accessToken(FakeTenant.USER, Duration.ofHours(1))),
						"invalid_id_token"),
				frontChannel("bad at_hash", std, "implicit", ResponseMode.FRAGMENT,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("at_hash", "AAAAAAAAAAAAAAAAAAAAAA")),
						"invalid_id_token"),
				frontChannel("code flow state mismatch", uc, "pkce", query, (t) -> Tweaks.none().state("forged"),
						"authorization_request_not_found"),
				frontChannel("code flow provider error", uc, "pkce", query, (t) -> Tweaks.none().error("access_denied"),
						"access_denied"),
				frontChannel("code flow RFC 9207 iss mismatch", uc, "pkce", query,
						(t) -> Tweaks.none().iss(FOREIGN_ISSUER), "invalid_issuer"),
				tokenEndpoint("token endpoint: wrong iss", uc, (t) -> Tweaks.none().idTokenClaims((c) -> c.issuer(FOREIGN_ISSUER)),
						"invalid_id_token"),
				tokenEndpoint("token endpoint: wrong aud", uc,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.audience("another-client")), "invalid_id_token"),
				tokenEndpoint("token endpoint: bad signature", uc, (t) -> Tweaks.none().signedWithForeignKey(),
						"invalid_id_token"),
				tokenEndpoint("token endpoint: alg none", uc, (t) -> Tweaks.none().unsigned(), "invalid_id_token"),
				tokenEndpoint("token endpoint: alg not advertised", uc, (t) -> Tweaks.none().signedWith(JWSAlgorithm.RS384),
						"invalid_id_token"),
				tokenEndpoint("token endpoint: missing nonce", uc,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("nonce", null)), "invalid_nonce"),
				tokenEndpoint("token endpoint: expired", uc, (t) -> Tweaks.none().idTokenClaims(
						(c) -> c.issueTime(ago(Duration.ofHours(3))).expirationTime(ago(Duration.ofHours(2)))),
						"invalid_id_token"),
				tokenEndpoint("token endpoint: access token as ID token", uc,
						(t) -> Tweaks.none().idTokenReplacedBy(t.accessToken(FakeTenant.USER, Duration.ofHours(1))),
						"invalid_id_token"),
				tokenEndpoint("token endpoint: bad at_hash", std,
						(t) -> Tweaks.none().idTokenClaims((c) -> c.claim("at_hash", "AAAAAAAAAAAAAAAAAAAAAA")),
						"invalid_id_token"));
	}

	static Stream<Arguments> casesOnBothStacks() {
		return Stream.of(LoginStack.values()).flatMap((stack) -> cases().map((rejected) -> Arguments.of(stack, rejected)));
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("casesOnBothStacks")
	void refusesTheLoginWithoutASession(LoginStack stack, Case rejected) {
		this.tenant = new FakeTenant(rejected.shape()).start();
		this.tenant.tokenEndpointTweaks(rejected.tokenEndpoint().apply(this.tenant));
		stack.application(this.tenant)
			.withPropertyValues("userclouds.login.flow=" + rejected.flow())
			.withPropertyValues(rejected.properties().toArray(String[]::new))
			.run((context) -> {
				LoginBrowser browser = context.browser();
				Map<String, String> request = browser.startLogin();
				LoginBrowser.Response callback = browser
					.deliver(this.tenant.authorize(request, rejected.authorization().apply(this.tenant)), rejected.mode());
				assertRefused(browser, callback, rejected.error());
				if (rejected.tokenEndpointUntouched()) {
					assertThat(this.tenant.tokenRequests()).as("no call to the token endpoint").isEmpty();
				}
			});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void aResponseIsAcceptedOnceAndItsNonceNeverAgain(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		stack.application(this.tenant).withPropertyValues("userclouds.login.flow=implicit").run((context) -> {
			LoginBrowser victim = context.browser();
			Map<String, String> response = this.tenant.authorize(victim.startLogin(), Tweaks.none());
			assertThat(victim.deliver(response, ResponseMode.QUERY).redirectedUrl()).contains("/profile");
			// the same response again, in the same browser: its authorization request is gone
			LoginBrowser sameBrowserAgain = context.browser();
			sameBrowserAgain.startLogin();
			assertRefused(sameBrowserAgain, sameBrowserAgain.deliver(response, ResponseMode.QUERY),
					"authorization_request_not_found");
			// the same tokens under the new login's state: the nonce belonged to the first login
			Map<String, String> replayed = new LinkedHashMap<>(response);
			LoginBrowser attacker = context.browser();
			Map<String, String> attackerRequest = attacker.startLogin();
			replayed.put("state", attackerRequest.get("state"));
			assertRefused(attacker, attacker.deliver(replayed, ResponseMode.QUERY), "invalid_nonce");
		});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void aFailingTokenEndpointEndsOnTheErrorPage(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		this.tenant.breakTokenEndpoint();
		stack.application(this.tenant).run((context) -> {
			LoginBrowser browser = context.browser();
			Map<String, String> response = this.tenant.authorize(browser.startLogin(), Tweaks.none());
			assertRefused(browser, browser.deliver(response, ResponseMode.QUERY), "invalid_token_response");
		});
	}

	private static void assertRefused(LoginBrowser browser, LoginBrowser.Response callback, String error) {
		assertThat(callback.status()).isEqualTo(302);
		assertThat(callback.redirectedUrl()).isEqualTo("/login?error");
		assertThat(browser.authentication()).as("no authenticated session").isNull();
		assertThat(browser.authorizedClient()).as("no stored tokens").isNull();
		// the failure waits in the session for the error page, possibly in a shared session store
		LoginSessionTests.assertSerializable(browser.sessionAttributes());
		LoginBrowser.Response errorPage = browser.get("/login?error");
		assertThat(errorPage.status()).isEqualTo(401);
		assertThat(errorPage.body()).contains("Login failed").contains(error)
			.doesNotContain("Exception");
		assertThat(browser.get("/profile").redirectedUrl()).endsWith("/login");
	}

	/**
	 * An implicit flow's access token where only this client's login can be accepted: an otherwise valid token of the
	 * same user, bound to another client by one claim.
	 */
	@ParameterizedTest(name = "{1}")
	@MethodSource("accessTokensOfThisClient")
	void anImplicitAccessTokenOfThisClientIsAccepted(LoginStack stack, String name, String claim, Object value) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		stack.application(this.tenant).withPropertyValues("userclouds.login.flow=implicit").run((context) -> {
			LoginBrowser browser = context.browser();
			Map<String, String> response = this.tenant.authorize(browser.startLogin(),
					Tweaks.none().accessToken(accessTokenClaiming(this.tenant, claim, value)));
			assertThat(browser.deliver(response, ResponseMode.QUERY).redirectedUrl()).contains("/profile");
			assertThat(browser.authentication()).isNotNull();
		});
	}

	static Stream<Arguments> accessTokensOfThisClient() {
		return Stream.of(LoginStack.values()).flatMap((stack) -> Stream.of(Arguments.of("UserClouds' shape: aud = [tenant URL], no azp", "azp", null),
				Arguments.of("azp = this client", "azp", FakeTenant.CLIENT_ID),
				Arguments.of("client_id = this client, aud = an API", "client_id", FakeTenant.CLIENT_ID))
			.map((arguments) -> Arguments.of(stack, arguments.get()[0], arguments.get()[1], arguments.get()[2])));
	}

	private static String accessTokenClaiming(FakeTenant tenant, String claim, Object value) {
		return tenant.accessToken(FakeTenant.USER, Duration.ofHours(1), (claims) -> {
			claims.claim(claim, value);
			if ("client_id".equals(claim)) {
				claims.audience("https://api.example.com");
			}
		});
	}

	private static Date ago(Duration duration) {
		return Date.from(Instant.now().minus(duration));
	}

}
