package com.userclouds.spring.autoconfigure.login;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;

import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Tweaks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a login leaves behind: a serializable session, an access token that is refreshed when it expires, and a
 * logout that ends the session here and at the tenant.
 */
class LoginSessionTests {

	private FakeTenant tenant;

	@AfterEach
	void stopTenant() {
		if (this.tenant != null) {
			this.tenant.close();
		}
	}

	private LoginBrowser loggedIn(LoginStack.App app) {
		LoginBrowser browser = app.browser();
		LoginBrowser.Response callback = browser.deliver(this.tenant.authorize(browser.startLogin(), Tweaks.none()),
				ResponseMode.QUERY);
		assertThat(browser.authentication()).isNotNull();
		assertThat(callback.redirectedUrl()).contains("/profile");
		return browser;
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void logoutEndsTheSessionThenUserCloudsSession(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		stack.application(this.tenant).run((context) -> {
			LoginBrowser browser = loggedIn(context);
			LoginBrowser.Response logout = browser.logout();
			assertThat(logout.redirectedUrl()).isEqualTo(this.tenant.issuer()
					+ "/logout?client_id=webapp-client&redirect_url=http%3A%2F%2Flocalhost%2F");
			assertThat(browser.sessionEnded()).isTrue();
		});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void logoutUsesRpInitiatedLogoutWhenTheProviderAdvertisesIt(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.STANDARD).start();
		stack.application(this.tenant)
			.withPropertyValues("userclouds.login.post-logout-redirect-uri={baseUrl}/goodbye")
			.run((context) -> {
				LoginBrowser browser = loggedIn(context);
				URI logout = URI.create(browser.logout().redirectedUrl());
				assertThat(logout.toString()).startsWith(this.tenant.issuer() + "/oidc/end_session?");
				Map<String, String> parameters = LoginBrowser.query(logout);
				assertThat(parameters).containsKey("id_token_hint")
					.containsEntry("post_logout_redirect_uri", "http://localhost/goodbye");
				assertThat(browser.sessionEnded()).isTrue();
			});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void accessTokenIsRefreshedWhenItExpires(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		// within Spring Security's 60 s clock skew: due for refresh as soon as it is issued
		this.tenant.accessTokenLifetime(Duration.ofSeconds(30));
		stack.application(this.tenant).run((context) -> {
			LoginBrowser browser = loggedIn(context);
			OAuth2AuthorizedClient before = browser.authorizedClient();
			this.tenant.accessTokenLifetime(Duration.ofHours(24));
			String refreshed = browser.get("/access-token").body();
			assertThat(refreshed).isNotEqualTo(before.getAccessToken().getTokenValue());
			assertThat(this.tenant.tokenRequests()).last()
				.satisfies((request) -> assertThat(request).containsEntry("grant_type", "refresh_token")
					.containsEntry("refresh_token", before.getRefreshToken().getTokenValue()));
			OAuth2AuthorizedClient after = browser.authorizedClient();
			assertThat(after.getAccessToken().getTokenValue()).isEqualTo(refreshed);
			assertThat(after.getRefreshToken().getTokenValue()).as("UserClouds does not rotate refresh tokens")
				.isEqualTo(before.getRefreshToken().getTokenValue());
			int requests = this.tenant.tokenRequests().size();
			assertThat(browser.get("/access-token").body()).isEqualTo(refreshed);
			assertThat(this.tenant.tokenRequests()).as("a valid token is not refreshed").hasSize(requests);
		});
	}

	@ParameterizedTest
	@EnumSource(LoginStack.class)
	void everythingInTheSessionIsSerializableForSharedSessionStores(LoginStack stack) {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		stack.application(this.tenant).withPropertyValues("userclouds.login.flow=hybrid").run((context) -> {
			LoginBrowser browser = context.browser();
			Map<String, String> request = browser.startLogin();
			assertSerializable(browser.sessionAttributes());
			browser.deliver(this.tenant.authorize(request, Tweaks.none()), ResponseMode.QUERY);
			assertThat(browser.authentication()).isNotNull();
			assertThat(browser.authorizedClient()).isNotNull();
			assertSerializable(browser.sessionAttributes());
		});
	}

	/**
	 * Spring Session stores attributes with JDK serialization: each must serialize, failures included.
	 */
	static void assertSerializable(Map<String, Object> session) {
		assertThat(session).as("a session").isNotEmpty();
		for (Map.Entry<String, Object> attribute : session.entrySet()) {
			String name = attribute.getKey();
			assertThatNoException().as(name).isThrownBy(() -> {
				try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
					out.writeObject(attribute.getValue());
				}
				catch (IOException ex) {
					throw new IllegalStateException(name, ex);
				}
			});
		}
	}

}
