package com.userclouds.spring.autoconfigure.m2m;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import com.userclouds.spring.autoconfigure.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One token request however many callers ask, and renewal ahead of expiry that no caller waits for, on both stacks:
 * threads of the servlet stack, subscribers of the reactive one. Timing never decides an outcome: the clock is moved
 * by hand and the renewal is held at the token endpoint until released.
 */
@ParameterizedClass
@EnumSource(M2mStack.class)
class SingleFlightTokenTests {

	private static final int CALLERS = 64;

	@Parameter
	M2mStack stack;

	private final MockWebServer tenant = new MockWebServer();

	private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));

	private final FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(this.clock,
			Duration.ofHours(1));

	@BeforeEach
	void start() throws Exception {
		this.tenant.start();
	}

	@AfterEach
	void stop() {
		this.tenant.close();
	}

	@Test
	void sixtyFourCallersMakingAThousandCallsEachCauseOneTokenRequest() throws Exception {
		this.tenant.setDispatcher(tokens((request) -> this.tokenEndpoint.nextTokenResponse()));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), this.clock,
				new M2mTestSupport.RecordingSleeper());

		Set<String> seen = this.stack.callConcurrently(accessTokens, CALLERS, 1_000);

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
		String first = this.stack.token(accessTokens);

		this.clock.advance(Duration.ofMinutes(56));
		Set<String> whileRenewing = this.stack.callConcurrently(accessTokens, CALLERS, 100);
		assertThat(renewalArrived.await(30, TimeUnit.SECONDS)).as("renewal started").isTrue();
		// every call above returned although the renewal is still held at the token endpoint: nobody waited for it
		assertThat(whileRenewing).containsExactly(first);
		assertThat(releaseRenewal.getCount()).isEqualTo(1);

		releaseRenewal.countDown();
		await().atMost(Duration.ofSeconds(30))
			.until(() -> !this.stack.token(accessTokens).equals(first));
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
		String first = this.stack.token(accessTokens);

		this.clock.advance(Duration.ofMinutes(58));
		assertThat(this.stack.token(accessTokens)).isEqualTo(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> tokenRequests.get() == 2);
		// the failed renewal is over once its failure is remembered; until the retry interval passes, no new one
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(this.stack.token(accessTokens)).isEqualTo(first);
			assertThat(tokenRequests).hasValue(2);
		});

		this.clock.advance(Duration.ofSeconds(3));
		assertThat(this.stack.token(accessTokens)).isEqualTo(first);
		await().atMost(Duration.ofSeconds(30)).until(() -> tokenRequests.get() == 3);
	}

	@Test
	void anExpiredTokenIsNeverServed() throws Exception {
		this.tenant.setDispatcher(tokens((request) -> this.tokenEndpoint.nextTokenResponse()));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), this.clock,
				new M2mTestSupport.RecordingSleeper());
		String first = this.stack.token(accessTokens);

		this.clock.advance(Duration.ofHours(1));

		assertThat(this.stack.token(accessTokens)).isNotEqualTo(first);
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
		assertThat(this.stack.token(accessTokens)).isEqualTo("opaque-1");

		this.clock.advance(Duration.ofMinutes(8));
		assertThat(this.stack.token(accessTokens)).isEqualTo("opaque-1");
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);

		this.clock.advance(Duration.ofMinutes(2));
		assertThat(this.stack.token(accessTokens)).isEqualTo("opaque-2");
	}

	@Test
	void expiresInWinsOverTheJwtExp() throws Exception {
		this.tenant.setDispatcher(tokens((request) -> FakeUserCloudsTokenEndpoint.json(200,
				"{\"access_token\":\"" + FakeUserCloudsTokenEndpoint.accessToken(this.clock.instant().plusSeconds(3600), 1)
						+ "\",\"token_type\":\"bearer\",\"expires_in\":120}")));
		M2mAccessTokens accessTokens = M2mTestSupport.accessTokens(this.tenant, M2mTestSupport.client(), this.clock,
				new M2mTestSupport.RecordingSleeper());
		this.stack.token(accessTokens);

		this.clock.advance(Duration.ofSeconds(120));
		this.stack.token(accessTokens);

		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
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
