package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;

import com.userclouds.spring.autoconfigure.login.LoginAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * The application's {@link OAuth2AuthorizedClientManager} in an API with M2M clients: the starter's, built on first
 * use, and it hands out the cached client-credentials token.
 */
class M2mAuthorizedClientManagerTests {

	private final MockWebServer tenant = new MockWebServer();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private WebApplicationContextRunner runner;

	@BeforeEach
	void startTenant() throws Exception {
		FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(Clock.systemUTC(),
				Duration.ofHours(1));
		this.tenant.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				M2mAuthorizedClientManagerTests.this.tokenRequests.incrementAndGet();
				return tokenEndpoint.nextTokenResponse();
			}
		});
		this.tenant.start();
		this.runner = new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class, ClientRegistrationsAutoConfiguration.class,
					LoginAutoConfiguration.class, M2mAutoConfiguration.class, SecurityAutoConfiguration.class,
					ServletWebSecurityAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
					OAuth2ClientWebSecurityAutoConfiguration.class))
			.withPropertyValues("userclouds.tenant-url=http://127.0.0.1:1",
					"userclouds.endpoints.token=" + this.tenant.url(FakeUserCloudsTokenEndpoint.TOKEN_PATH),
					"userclouds.m2m.clients.orders.client-id=orders-id",
					"userclouds.m2m.clients.orders.client-secret=orders-secret",
					"userclouds.m2m.clients.orders.scopes=orders:read");
	}

	@AfterEach
	void stopTenant() {
		this.tenant.close();
	}

	@Test
	void anApiGetsALazyManagerThatHandsOutTheCachedToken() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(OAuth2AuthorizedClientManager.class);
			OAuth2AuthorizedClientManager manager = context.getBean(OAuth2AuthorizedClientManager.class);
			assertThat(manager).isInstanceOf(LazyAuthorizedClientManager.class);
			OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId("orders")
				.principal(new TestingAuthenticationToken("orders-service", null))
				.attribute(jakarta.servlet.http.HttpServletRequest.class.getName(), new MockHttpServletRequest())
				.attribute(jakarta.servlet.http.HttpServletResponse.class.getName(), new MockHttpServletResponse())
				.build();
			for (int i = 0; i < 3; i++) {
				assertThat(manager.authorize(request).getAccessToken().getTokenValue()).isNotBlank();
			}
			assertThat(this.tokenRequests).hasValue(1);
		});
	}

	@Test
	void aLoginApplicationKeepsTheLoginsManager() {
		this.runner.withPropertyValues("userclouds.login.client-id=webapp").run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(OAuth2AuthorizedClientManager.class);
			assertThat(context).hasBean("userCloudsLoginAuthorizedClientManager")
				.doesNotHaveBean("userCloudsM2mAuthorizedClientManager");
		});
	}

	@Test
	void backsOffFromTheApplicationsManager() {
		this.runner.withUserConfiguration(ApplicationManager.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(OAuth2AuthorizedClientManager.class);
			assertThat(context).doesNotHaveBean("userCloudsM2mAuthorizedClientManager");
		});
	}

	@Test
	void theManagerIsBuiltOnFirstUseOnly() {
		AtomicInteger built = new AtomicInteger();
		OAuth2AuthorizedClientManager delegate = mock(OAuth2AuthorizedClientManager.class);
		LazyAuthorizedClientManager manager = new LazyAuthorizedClientManager(() -> {
			built.incrementAndGet();
			return delegate;
		});
		assertThat(built).hasValue(0);
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId("orders")
			.principal("orders-service")
			.build();
		manager.authorize(request);
		manager.authorize(request);
		assertThat(built).hasValue(1);
	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationManager {

		@Bean
		OAuth2AuthorizedClientManager applicationManager() {
			return mock(DefaultOAuth2AuthorizedClientManager.class);
		}

	}

}
