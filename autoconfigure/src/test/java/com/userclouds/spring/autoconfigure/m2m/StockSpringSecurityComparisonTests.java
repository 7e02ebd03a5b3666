package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stock Spring Security next to the starter, on the same UserClouds-shaped token responses (no {@code expires_in}):
 * Spring Security assumes a one-second lifetime and, with its 60-second clock skew, finds every token expired, so
 * every call fetches a new one.
 */
class StockSpringSecurityComparisonTests {

	private static final int CALLS = 1_000;

	private final MockWebServer tenant = new MockWebServer();

	private final AtomicInteger tokenRequests = new AtomicInteger();

	@BeforeEach
	void start() throws Exception {
		// one token for every answer: what is counted is requests, and signing a JWT per answer only costs time
		MockResponse tokenResponse = FakeUserCloudsTokenEndpoint
			.tokenResponse(FakeUserCloudsTokenEndpoint.accessToken(Instant.now().plus(Duration.ofHours(24)), 1));
		this.tenant.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				StockSpringSecurityComparisonTests.this.tokenRequests.incrementAndGet();
				return tokenResponse;
			}
		});
		this.tenant.start();
	}

	@AfterEach
	void stop() {
		this.tenant.close();
	}

	@Test
	void tokenRequestsPerThousandCalls() {
		M2mProperties properties = M2mTestSupport.properties(M2mTestSupport.client());
		ClientRegistrationRepository registrations = M2mTestSupport.registrations(this.tenant, properties);

		AuthorizedClientServiceOAuth2AuthorizedClientManager stock = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId(M2mTestSupport.CLIENT)
			.principal("orders-service")
			.build();
		for (int i = 0; i < CALLS; i++) {
			assertThat(stock.authorize(request)).isNotNull();
		}
		int stockRequests = this.tokenRequests.getAndSet(0);

		M2mAccessTokens starter = new M2mAccessTokens(properties, registrations, Clock.systemUTC(),
				new M2mTestSupport.RecordingSleeper());
		for (int i = 0; i < CALLS; i++) {
			assertThat(starter.token(M2mTestSupport.CLIENT)).isNotNull();
		}
		int starterRequests = this.tokenRequests.get();

		System.out.printf("Token requests per %d calls: stock Spring Security %d, userclouds starter %d%n", CALLS,
				stockRequests, starterRequests);
		assertThat(starterRequests).isEqualTo(1);
		assertThat(stockRequests).isGreaterThanOrEqualTo(CALLS / 2);
	}

}
