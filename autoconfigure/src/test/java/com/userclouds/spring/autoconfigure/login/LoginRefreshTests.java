package com.userclouds.spring.autoconfigure.login;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.context.WebApplicationContext;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An ID token in a refresh response goes through the login's ID-token checks (OpenID Connect Core 12.2): one about
 * another user or for another client is refused and the session keeps its authorized client and user; a good one
 * replaces the session's user. Through the real chain: a login, then {@code /access-token} asking the login's
 * authorized-client manager for the expired access token.
 */
class LoginRefreshTests {

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aRefreshedIdTokenAboutAnotherUserIsRefused(Shape shape) {
		assertRefused(shape, Tweaks.none().idTokenClaims((claims) -> claims.subject("someone-else")));
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aRefreshedIdTokenForAnotherClientIsRefused(Shape shape) {
		assertRefused(shape, Tweaks.none()
			.idTokenClaims((claims) -> claims.audience(List.of("another-client")).claim("azp", "another-client")));
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aRefreshedIdTokenSignedByAnotherKeyIsRefused(Shape shape) {
		assertRefused(shape, Tweaks.none().signedWithForeignKey());
	}

	@ParameterizedTest
	@EnumSource(Shape.class)
	void aGoodRefreshedIdTokenReplacesTheSessionsUser(Shape shape) {
		try (FakeTenant tenant = tenantIssuingExpiredAccessTokens(shape)) {
			LoginTestApplication.runner(tenant).run((context) -> {
				LoginBrowser browser = loggedIn(context, tenant);
				String before = idTokenOf(browser.authentication());
				tenant.refreshIdTokens(Tweaks.none().idTokenClaims((claims) -> claims.claim("name", "Ada King")));
				LoginBrowser.Response response = browser.get("/access-token");
				assertThat(response.status()).isEqualTo(200);
				assertThat(response.body())
					.isEqualTo(browser.authorizedClient().getAccessToken().getTokenValue());
				OidcUser user = (OidcUser) browser.authentication().getPrincipal();
				assertThat(user.getIdToken().getTokenValue()).isNotEqualTo(before);
				assertThat(user.getIdToken().getClaimAsString("name")).isEqualTo("Ada King");
				assertThat(user.getSubject()).isEqualTo(FakeTenant.USER);
			});
		}
	}

	private static void assertRefused(Shape shape, Tweaks refreshIdToken) {
		try (FakeTenant tenant = tenantIssuingExpiredAccessTokens(shape)) {
			LoginTestApplication.runner(tenant).run((context) -> {
				LoginBrowser browser = loggedIn(context, tenant);
				OAuth2AuthorizedClient before = browser.authorizedClient();
				String idTokenBefore = idTokenOf(browser.authentication());
				tenant.refreshIdTokens(refreshIdToken);
				int tokenRequests = tenant.tokenRequests().size();
				LoginBrowser.Response response = browser.get("/access-token");
				assertThat(tenant.tokenRequests()).as("the token was refreshed").hasSize(tokenRequests + 1);
				assertThat(response.status()).as("a refusal, not an error").isEqualTo(302);
				assertThat(response.redirectedUrl()).as("to log in again").endsWith("/login");
				assertThat(response.body()).isEmpty();
				assertThat(browser.authorizedClient().getAccessToken().getTokenValue())
					.isEqualTo(before.getAccessToken().getTokenValue());
				assertThat(idTokenOf(browser.authentication())).isEqualTo(idTokenBefore);
			});
		}
	}

	/** A tenant whose access tokens are due for refresh at once: 30 s is within Spring Security's 60 s clock skew. */
	private static FakeTenant tenantIssuingExpiredAccessTokens(Shape shape) {
		FakeTenant tenant = new FakeTenant(shape).start();
		tenant.accessTokenLifetime(Duration.ofSeconds(30));
		return tenant;
	}

	private static LoginBrowser loggedIn(WebApplicationContext context, FakeTenant tenant) {
		LoginBrowser browser = new ServletLoginBrowser(context);
		browser.deliver(tenant.authorize(browser.startLogin(), Tweaks.none()), ResponseMode.QUERY);
		assertThat(browser.authentication()).isNotNull();
		return browser;
	}

	private static String idTokenOf(OAuth2AuthenticationToken authentication) {
		return ((OidcUser) authentication.getPrincipal()).getIdToken().getTokenValue();
	}

}
