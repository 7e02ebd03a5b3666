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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ClientCredentialsOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver.clientRegistrationId;

/**
 * Spring Security's own client-credentials support, given the starter's token response client, serves the cached
 * token: {@code OAuth2AuthorizedClientManager} and {@code OAuth2ClientHttpRequestInterceptor} with a client
 * registration id keep working, with one token request instead of one per call.
 */
class SpringSecurityClientSupportTests {

	private final MockWebServer server = new MockWebServer();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();

	private AuthorizedClientServiceOAuth2AuthorizedClientManager manager;

	@BeforeEach
	void start() throws Exception {
		FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(Clock.systemUTC(),
				Duration.ofHours(24));
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().equals(FakeUserCloudsTokenEndpoint.TOKEN_PATH)) {
					SpringSecurityClientSupportTests.this.tokenRequests.incrementAndGet();
					return tokenEndpoint.nextTokenResponse();
				}
				SpringSecurityClientSupportTests.this.apiAuthorizations.add(request.getHeaders().get("Authorization"));
				return FakeUserCloudsTokenEndpoint.json(200, "{\"orders\":[]}");
			}
		});
		this.server.start();
		M2mProperties properties = M2mTestSupport.properties(M2mTestSupport.client());
		ClientRegistrationRepository registrations = M2mTestSupport.registrations(this.server, properties);
		M2mAccessTokens tokens = new M2mAccessTokens(properties, registrations, Clock.systemUTC(),
				new M2mTestSupport.RecordingSleeper());
		ClientCredentialsOAuth2AuthorizedClientProvider provider = new ClientCredentialsOAuth2AuthorizedClientProvider();
		provider.setAccessTokenResponseClient(new CachedClientCredentialsTokenResponseClient(tokens));
		this.manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
				new InMemoryOAuth2AuthorizedClientService(registrations));
		this.manager.setAuthorizedClientProvider(provider);
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void theAuthorizedClientManagerMakesOneTokenRequestPerThousandCalls() {
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(M2mTestSupport.CLIENT)
			.principal("orders-service")
			.build();

		for (int i = 0; i < 1_000; i++) {
			assertThat(this.manager.authorize(request).getAccessToken().getTokenValue()).isNotBlank();
		}

		assertThat(this.tokenRequests).hasValue(1);
	}

	@Test
	void oauth2ClientHttpRequestInterceptorWithARegistrationIdSendsTheCachedToken() {
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(this.manager);
		interceptor.setPrincipalResolver((request) -> new TestingAuthenticationToken("orders-service", null));
		RestClient restClient = RestClient.builder().requestInterceptor(interceptor).build();

		for (int i = 0; i < 3; i++) {
			restClient.get()
				.uri(this.server.url("/api/orders").uri())
				.attributes(clientRegistrationId(M2mTestSupport.CLIENT))
				.retrieve()
				.toBodilessEntity();
		}

		assertThat(this.tokenRequests).hasValue(1);
		assertThat(this.apiAuthorizations).hasSize(3).allMatch((header) -> header.startsWith("Bearer ey"));
	}

}
