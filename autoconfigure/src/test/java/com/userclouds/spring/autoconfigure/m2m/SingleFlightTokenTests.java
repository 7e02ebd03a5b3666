package com.userclouds.spring.autoconfigure.m2m;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.userclouds.spring.autoconfigure.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One token request however many threads ask, and renewal ahead of expiry that no caller waits for. Timing never
 * decides an outcome: the clock is moved by hand and the renewal is held at the token endpoint until released.
 */
class SingleFlightTokenTests {

	private static final int THREADS = 64;

	private final MockWebServer tenant = new MockWebServer();

	private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	private final FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(this.clock,
			Duration.ofHours(1));

	private final ExecutorService callers = Executors.newFixedThreadPool(THREADS);

	@BeforeEach
	void start() throws Exception {
		this.tenant.start();
	}

	@AfterEach
	void stop() {
		this.callers.shutdownNow();
		this.tenant.close();
	}

	@Test
	void sixtyFourThreadsMakingAThousandCallsEachCauseOneTokenRequest() throws Exception {
		this.tenant.setDispatcher(tokens((request) -> this.tokenEndpoint.nextTokenResponse()));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), this.clock,
				new M2mTestSupport.RecordingSleeper());

		Set<String> seen = callConcurrently(accessTokens, 1_000);

		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
		assertThat(seen).hasSize(1);
	}

	@Test
	void nearExpiryOneRenewalRunsWhileCallersKeepGettingTheValidToken() throws Exception {
		CountDownLatch renewalArrived = new CountDownLatch(1);
		CountDownLatch releaseRenewal = new CountDownLatch(1);
		AtomicInteger tokenRequests = new AtomicInteger();
		this.tenant.setDispatcher(tokens((request) -> {
			if (tokenRequests.incrementAndGet() == 2) {
				renewalArrived.countDown();
				releaseRenewal.await();
			}
			return this.tokenEndpoint.nextTokenResponse();
		}));
		M2mProperties.Client client = M2mTestSupport.client();
		client.setRefreshBefore(Duration.ofMinutes(5));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, client, this.clock,
				new M2mTestSupport.RecordingSleeper());
		String first = accessTokens.token(M2mTestSupport.CLIENT).getTokenValue();

		this.clock.advance(Duration.ofMinutes(56));
		Set<String> whileRenewing = callConcurrently(accessTokens, 100);
		assertThat(renewalArrived.await(30, TimeUnit.SECONDS)).as("renewal started").isTrue();
		// every call above returned although the renewal is still held at the token endpoint: nobody waited for it
		assertThat(whileRenewing).containsExactly(first);
		assertThat(releaseRenewal.getCount()).isEqualTo(1);

		releaseRenewal.countDown();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !accessTokens.token(M2mTestSupport.CLIENT).getTokenValue().equals(first));
		assertThat(tokenRequests).hasValue(2);
	}

	@Test
	void aFailingRenewalKeepsServingTheValidTokenAndIsTriedAgainLater() throws Exception {
		AtomicInteger tokenRequests = new AtomicInteger();
		this.tenant.setDispatcher(tokens((request) -> (tokenRequests.incrementAndGet() == 1)
				? this.tokenEndpoint.nextTokenResponse() : FakeUserCloudsTokenEndpoint.json(503, "{}")));
		M2mProperties.Client client = M2mTestSupport.client();
		client.setMaxAttempts(1);
		client.setMaxBackoff(Duration.ofSeconds(2));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, client, this.clock,
				new M2mTestSupport.RecordingSleeper());
		String first = accessTokens.token(M2mTestSupport.CLIENT).getTokenValue();

		this.clock.advance(Duration.ofMinutes(58));
		assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isEqualTo(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> tokenRequests.get() == 2);
		// the failed renewal is over once its failure is remembered; until the retry interval passes, no new one
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isEqualTo(first);
			assertThat(tokenRequests).hasValue(2);
		});

		this.clock.advance(Duration.ofSeconds(3));
		assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isEqualTo(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> tokenRequests.get() == 3);
	}

	@Test
	void anExpiredTokenIsNeverServed() throws Exception {
		this.tenant.setDispatcher(tokens((request) -> this.tokenEndpoint.nextTokenResponse()));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), this.clock,
				new M2mTestSupport.RecordingSleeper());
		String first = accessTokens.token(M2mTestSupport.CLIENT).getTokenValue();

		this.clock.advance(Duration.ofHours(1));

		assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isNotEqualTo(first);
		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
	}

	@Test
	void anOpaqueTokenWithoutExpiresInLivesTheConfiguredOpaqueLifetime() throws Exception {
		AtomicInteger serial = new AtomicInteger();
		this.tenant.setDispatcher(tokens((request) -> FakeUserCloudsTokenEndpoint
			.tokenResponse("opaque-" + serial.incrementAndGet())));
		M2mProperties.Client client = M2mTestSupport.client();
		client.setOpaqueTokenLifetime(Duration.ofMinutes(10));
		client.setRefreshBefore(Duration.ofMinutes(1));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, client, this.clock,
				new M2mTestSupport.RecordingSleeper());
		assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isEqualTo("opaque-1");

		this.clock.advance(Duration.ofMinutes(8));
		assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isEqualTo("opaque-1");
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue()).isEqualTo("opaque-2");
	}

	@Test
	void expiresInWinsOverTheJwtExp() throws Exception {
		this.tenant.setDispatcher(tokens((request) -> FakeUserCloudsTokenEndpoint.json(200,
				"{\"access_token\":\"" + FakeUserCloudsTokenEndpoint.accessToken(this.clock.instant().plusSeconds(3600), 1)
						+ "\",\"token_type\":\"bearer\",\"expires_in\":120}")));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), this.clock,
				new M2mTestSupport.RecordingSleeper());
		accessTokens.token(M2mTestSupport.CLIENT);

		this.clock.advance(Duration.ofSeconds(120));
		accessTokens.token(M2mTestSupport.CLIENT);

		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
	}

	private Set<String> callConcurrently(M2mAccessTokens accessTokens, int callsPerThread) throws Exception {
		Set<String> seen = ConcurrentHashMap.newKeySet();
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> results = new ArrayList<>();
		for (int i = 0; i < THREADS; i++) {
			results.add(this.callers.submit(() -> {
				start.await();
				for (int call = 0; call < callsPerThread; call++) {
					seen.add(accessTokens.token(M2mTestSupport.CLIENT).getTokenValue());
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> result : results) {
			result.get(60, TimeUnit.SECONDS);
		}
		return seen;
	}

	@FunctionalInterface
	interface TokenAnswer {

		MockResponse answer(RecordedRequest request) throws Exception;

	}

	static Dispatcher tokens(TokenAnswer answer) {
		return new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
				if (!FakeUserCloudsTokenEndpoint.TOKEN_PATH.equals(request.getUrl().encodedPath())) {
					return FakeUserCloudsTokenEndpoint.json(404, "{}");
				}
				try {
					return answer.answer(request);
				}
				catch (InterruptedException ex) {
					throw ex;
				}
				catch (Exception ex) {
					throw new IllegalStateException(ex);
				}
			}
		};
	}

}
