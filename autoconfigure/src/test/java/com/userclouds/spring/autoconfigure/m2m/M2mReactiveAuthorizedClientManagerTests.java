package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockHound;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.web.reactive.function.client.WebClient;

import com.userclouds.spring.autoconfigure.login.LoginAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction.clientRegistrationId;

/**
 * Spring Security's reactive client support in a WebFlux application with M2M clients: the starter's
 * {@link ReactiveOAuth2AuthorizedClientManager} feeds {@code ServerOAuth2AuthorizedClientExchangeFilterFunction}
 * from the one token cache, without blocking, and appears only where it should.
 */
class M2mReactiveAuthorizedClientManagerTests {

	private static final AutoConfigurations STARTER = AutoConfigurations.of(TenantAutoConfiguration.class,
			ClientRegistrationsAutoConfiguration.class, LoginAutoConfiguration.class, M2mAutoConfiguration.class);

	/** What a WebFlux application with Spring Security's OAuth2 client gets from Spring Boot. */
	private static final AutoConfigurations SPRING_BOOT_REACTIVE_SECURITY = AutoConfigurations.of(
			SecurityAutoConfiguration.class, ReactiveUserDetailsServiceAutoConfiguration.class,
			ReactiveWebSecurityAutoConfiguration.class, ReactiveOAuth2ClientAutoConfiguration.class,
			ReactiveOAuth2ClientWebSecurityAutoConfiguration.class);

	private final MockWebServer server = new MockWebServer();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();

	private String[] properties;

	private String tenantUrl;

	@BeforeAll
	static void watchForBlockingCalls() {
		BlockHound.install();
	}

	@BeforeEach
	void start() throws Exception {
		FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(Clock.systemUTC(),
				Duration.ofHours(1));
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().equals("/.well-known/openid-configuration")) {
					return FakeUserCloudsTokenEndpoint.json(200, discovery());
				}
				if (request.getUrl().encodedPath().equals(FakeUserCloudsTokenEndpoint.TOKEN_PATH)) {
					M2mReactiveAuthorizedClientManagerTests.this.tokenRequests.incrementAndGet();
					return tokenEndpoint.nextTokenResponse();
				}
				M2mReactiveAuthorizedClientManagerTests.this.apiAuthorizations
					.add(request.getHeaders().get("Authorization"));
				return FakeUserCloudsTokenEndpoint.json(200, "{\"orders\":[]}");
			}
		});
		this.server.start();
		this.tenantUrl = "http://" + this.server.getHostName() + ":" + this.server.getPort();
		this.properties = new String[] { "userclouds.tenant-url=http://127.0.0.1:1",
				"userclouds.endpoints.token=" + this.server.url(FakeUserCloudsTokenEndpoint.TOKEN_PATH),
				"userclouds.m2m.clients.orders.client-id=orders-id",
				"userclouds.m2m.clients.orders.client-secret=orders-secret",
				"userclouds.m2m.clients.orders.scopes=orders:read" };
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void serverOAuth2AuthorizedClientExchangeFilterFunctionGetsTheCachedTokenWithoutBlocking() {
		reactiveApplication().run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(ReactiveOAuth2AuthorizedClientManager.class)
				.hasBean("userCloudsM2mReactiveAuthorizedClientManager");
			WebClient api = WebClient.builder()
				.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(
						context.getBean(ReactiveOAuth2AuthorizedClientManager.class)))
				.baseUrl(this.server.url("/api").toString())
				.build();

			// 64 callers at once, then more in a row, all on parallel threads that BlockHound watches
			List<String> bodies = Flux.range(0, 64)
				.flatMap((caller) -> api.get()
					.uri("/orders")
					.attributes(clientRegistrationId("orders"))
					.retrieve()
					.bodyToMono(String.class)
					.repeat(3)
					.subscribeOn(Schedulers.parallel()), 64)
				.collectList()
				.block(Duration.ofSeconds(60));

			assertThat(bodies).hasSize(64 * 4);
			assertThat(this.tokenRequests).hasValue(1);
			assertThat(this.apiAuthorizations).hasSize(64 * 4)
				.allMatch((header) -> header.startsWith("Bearer ey"))
				.containsOnly(this.apiAuthorizations.get(0));
		});
	}

	@Test
	void aRegistrationThatNeedsDiscoveryIsBuiltOffTheSubscribersThread() {
		reactiveApplication()
			.withPropertyValues("userclouds.tenant-url=" + this.tenantUrl, "userclouds.endpoints.token=")
			.run((context) -> {
				WebClient api = WebClient.builder()
					.filter(new ServerOAuth2AuthorizedClientExchangeFilterFunction(
							context.getBean(ReactiveOAuth2AuthorizedClientManager.class)))
					.build();

				String body = api.get()
					.uri(this.server.url("/api/orders").uri())
					.attributes(clientRegistrationId("orders"))
					.retrieve()
					.bodyToMono(String.class)
					.subscribeOn(Schedulers.parallel())
					.block(Duration.ofSeconds(60));

				assertThat(body).contains("orders");
				assertThat(this.tokenRequests).hasValue(1);
			});
	}

	@Test
	void addsNoClientRegistrationRepositoryThatWouldBringSpringBootsLoginChain() {
		reactiveApplication().run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(ReactiveClientRegistrationRepository.class)
			.doesNotHaveBean(ReactiveOAuth2AuthorizedClientService.class)
			.doesNotHaveBean(ReactiveOAuth2ClientWebSecurityAutoConfiguration.class));
	}

	@Test
	void theServletManagerStaysInServletApplicationsAndTheReactiveOneInReactiveApplications() {
		reactiveApplication().run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(OAuth2AuthorizedClientManager.class));
		new WebApplicationContextRunner().withConfiguration(STARTER)
			.withPropertyValues(this.properties)
			.run((context) -> assertThat(context).hasNotFailed()
				.hasBean("userCloudsM2mAuthorizedClientManager")
				.doesNotHaveBean(ReactiveOAuth2AuthorizedClientManager.class)
				.hasSingleBean(UserCloudsWebClients.class)
				.hasSingleBean(CachedReactiveClientCredentialsTokenResponseClient.class));
		new ApplicationContextRunner().withConfiguration(STARTER)
			.withPropertyValues(this.properties)
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveOAuth2AuthorizedClientManager.class)
				.hasSingleBean(UserCloudsWebClients.class));
	}

	@Test
	void backsOffFromTheApplicationsManager() {
		reactiveApplication().withUserConfiguration(ApplicationManager.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(ReactiveOAuth2AuthorizedClientManager.class);
			assertThat(context).doesNotHaveBean("userCloudsM2mReactiveAuthorizedClientManager");
		});
	}

	@Test
	void anApplicationWithRegistrationsOfItsOwnKeepsSpringSecuritysManager() {
		reactiveApplication()
			.withPropertyValues("spring.security.oauth2.client.registration.partner.client-id=partner-id",
					"spring.security.oauth2.client.registration.partner.client-secret=partner-secret",
					"spring.security.oauth2.client.registration.partner.authorization-grant-type=client_credentials",
					"spring.security.oauth2.client.registration.partner.provider=partner",
					"spring.security.oauth2.client.provider.partner.token-uri=http://127.0.0.1:1/token")
			.run((context) -> {
				assertThat(context).hasNotFailed()
					.hasSingleBean(ReactiveClientRegistrationRepository.class)
					.doesNotHaveBean("userCloudsM2mReactiveAuthorizedClientManager");
				assertThat(context.getBean(ReactiveOAuth2AuthorizedClientManager.class))
					.isNotInstanceOf(AuthorizedClientServiceReactiveOAuth2AuthorizedClientManager.class);
				assertThat(context).hasSingleBean(SecurityWebFilterChain.class);
			});
	}

	@Test
	void backsOffWithoutWebClient() {
		reactiveApplication().withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(ReactiveOAuth2AuthorizedClientManager.class)
				.doesNotHaveBean(CachedReactiveClientCredentialsTokenResponseClient.class)
				.hasSingleBean(M2mAccessTokens.class));
	}

	private String discovery() {
		return """
				{"issuer":"%1$s","authorization_endpoint":"%1$s/oidc/authorize","token_endpoint":"%1$s/oidc/token",
				"jwks_uri":"%1$s/.well-known/jwks.json","response_types_supported":["id_token"],
				"id_token_signing_alg_values_supported":["RS256"]}""".formatted(this.tenantUrl);
	}

	private ReactiveWebApplicationContextRunner reactiveApplication() {
		return new ReactiveWebApplicationContextRunner().withConfiguration(STARTER)
			.withConfiguration(SPRING_BOOT_REACTIVE_SECURITY)
			.withPropertyValues(this.properties);
	}

	@Configuration(proxyBeanMethods = false)
	static class ApplicationManager {

		@Bean
		ReactiveOAuth2AuthorizedClientManager applicationManager() {
			return mock(ReactiveOAuth2AuthorizedClientManager.class);
		}

	}

}
