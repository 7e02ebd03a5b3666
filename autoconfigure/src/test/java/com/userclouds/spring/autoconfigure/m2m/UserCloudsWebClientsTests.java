package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;
import reactor.test.StepVerifier;

import org.springframework.http.HttpStatus;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ResponseStatusException;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What only the reactive clients have to prove, beyond {@link M2mHttpClientsTests}: the subscriber's thread never
 * blocks (BlockHound watches Reactor's parallel threads, as it would Netty's event loops), the token is asked for on
 * subscription only, a token failure is a {@code Mono} error, and the refused answer of a 401 gives its connection
 * back before the retry.
 */
class UserCloudsWebClientsTests {

	/** Only so that a broken client fails the test instead of hanging it. */
	private static final Duration NO_HANG = Duration.ofSeconds(30);

	private final MockWebServer server = new MockWebServer();

	private final ScriptedTenantAndApi tenantAndApi = new ScriptedTenantAndApi();

	private final AtomicInteger tokenRequests = this.tenantAndApi.tokenRequests;

	private final List<MockResponse> tokenAnswers = this.tenantAndApi.tokenAnswers;

	private final List<String> apiAuthorizations = this.tenantAndApi.apiAuthorizations;

	private final List<Integer> apiStatuses = this.tenantAndApi.apiStatuses;

	@BeforeAll
	static void watchForBlockingCalls() {
		// through the test support: BlockHound keeps the first installation of the JVM, which must record what it sees
		EventLoopBlockingCalls.watch();
	}

	@BeforeEach
	void start() throws Exception {
		this.server.setDispatcher(this.tenantAndApi);
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void blockHoundReportsABlockingCallOnAParallelThread() {
		// the guard the other tests rely on: without it they would pass whatever the client did
		Mono<String> sleeping = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "slept";
		}).subscribeOn(Schedulers.parallel());

		assertThatExceptionOfType(RuntimeException.class).isThrownBy(() -> sleeping.block(NO_HANG))
			.withCauseInstanceOf(BlockingOperationError.class);
	}

	@Test
	void aCacheMissWithARetriedTokenRequestAndACacheHitNeverBlockTheSubscribersThread() {
		this.tokenAnswers.add(FakeUserCloudsTokenEndpoint.json(503, "{}"));
		M2mProperties.Client client = M2mTestSupport.client();
		client.setInitialBackoff(Duration.ofMillis(20));
		// the public constructor: the retry's back-off really sleeps, on M2mAccessTokens' own threads
		M2mProperties properties = properties(client);
		WebClient orders = new UserCloudsWebClients(
				new M2mAccessTokens(properties, M2mTestSupport.registrations(this.server, properties)), properties,
				WebClient::builder)
			.get(M2mTestSupport.CLIENT);

		String miss = orders(orders).subscribeOn(Schedulers.parallel()).block(NO_HANG);
		String hit = orders(orders).subscribeOn(Schedulers.parallel()).block(NO_HANG);

		assertThat(miss).isEqualTo(hit).contains("orders");
		assertThat(this.tokenRequests).hasValue(2);
		assertThat(this.apiAuthorizations).hasSize(2).containsOnly(this.apiAuthorizations.get(0));
	}

	@Test
	void sixtyFourConcurrentSubscribersShareOneTokenRequest() {
		WebClient orders = webClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT);

		List<String> bodies = Flux.range(0, 64)
			.flatMap((caller) -> orders(orders).subscribeOn(Schedulers.parallel()), 64)
			.collectList()
			.block(NO_HANG);

		assertThat(bodies).hasSize(64);
		assertThat(this.tokenRequests).hasValue(1);
		assertThat(this.apiAuthorizations).hasSize(64).containsOnly(this.apiAuthorizations.get(0));
	}

	@Test
	void theTokenIsAskedForOnSubscriptionOnly() {
		Mono<String> call = orders(webClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT));
		assertThat(this.tokenRequests).hasValue(0);

		call.block(NO_HANG);
		call.block(NO_HANG);

		assertThat(this.tokenRequests).hasValue(1);
		assertThat(this.apiAuthorizations).hasSize(2);
	}

	@Test
	void aTokenFailureIsAMonoErrorTheApplicationCanMap() {
		this.tokenAnswers.add(FakeUserCloudsTokenEndpoint.json(400, "{\"error\":\"invalid_scope\"}"));
		Mono<String> call = orders(webClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT))
			.onErrorMap(M2mTokenException.class,
					(ex) -> new ResponseStatusException(HttpStatus.BAD_GATEWAY, ex.getMessage(), ex));

		StepVerifier.create(call)
			.expectErrorSatisfies((ex) -> assertThat(ex).isInstanceOf(ResponseStatusException.class)
				.hasMessageContaining("invalid_scope")
				.hasCauseInstanceOf(M2mTokenException.class))
			.verify(NO_HANG);
		assertThat(this.apiAuthorizations).isEmpty();
	}

	@Test
	void theRefusedAnswerOfA401GivesItsConnectionBackBeforeTheRetry() {
		this.apiStatuses.add(401);
		// a body too large to arrive unread, and one connection: the retry can only be sent once the 401's body has
		// been read and released
		this.tenantAndApi.apiErrorBody = "{\"detail\":\"" + "x".repeat(4 * 1024 * 1024) + "\"}";
		ConnectionProvider oneConnection = ConnectionProvider.builder("one-connection")
			.maxConnections(1)
			.pendingAcquireTimeout(Duration.ofSeconds(10))
			.build();
		try {
			WebClient.Builder builder = WebClient.builder()
				.clientConnector(new ReactorClientHttpConnector(HttpClient.create(oneConnection)));
			M2mProperties.Client client = M2mTestSupport.client();
			client.setBaseUrl(this.server.url("/api").uri());
			M2mProperties properties = properties(client);
			WebClient orders = new UserCloudsWebClients(tokens(properties), properties, () -> builder)
				.get(M2mTestSupport.CLIENT);

			assertThat(orders.get().uri("/orders").retrieve().bodyToMono(String.class).block(NO_HANG))
				.contains("orders");
			assertThat(this.apiAuthorizations).hasSize(2);
			assertThat(this.tokenRequests).hasValue(2);
		}
		finally {
			oneConnection.dispose();
		}
	}

	@Test
	void eachClientIsBuiltOnceOnACloneOfTheGivenBuilder() throws Exception {
		WebClient.Builder applications = WebClient.builder().baseUrl(this.server.url("/elsewhere").toString());
		M2mProperties.Client client = M2mTestSupport.client();
		client.setBaseUrl(this.server.url("/api").uri());
		M2mProperties properties = properties(client);
		UserCloudsWebClients webClients = new UserCloudsWebClients(tokens(properties), properties,
				() -> applications);

		WebClient orders = webClients.get(M2mTestSupport.CLIENT);
		assertThat(webClients.get(M2mTestSupport.CLIENT)).isSameAs(orders);
		orders.get().uri("/orders").retrieve().toBodilessEntity().block(NO_HANG);
		applications.build().get().uri("/orders").retrieve().toBodilessEntity().block(NO_HANG);

		assertThat(this.server.takeRequest().getUrl().encodedPath()).isEqualTo("/oidc/token");
		assertThat(this.server.takeRequest().getUrl().encodedPath()).isEqualTo("/api/orders");
		RecordedRequest byTheApplicationsBuilder = this.server.takeRequest();
		assertThat(byTheApplicationsBuilder.getUrl().encodedPath()).isEqualTo("/elsewhere/orders");
		assertThat(byTheApplicationsBuilder.getHeaders().get("Authorization")).isNull();
	}

	private static Mono<String> orders(WebClient orders) {
		return orders.get().uri("/orders").retrieve().bodyToMono(String.class);
	}

	private UserCloudsWebClients webClients(M2mProperties.Client client) {
		client.setBaseUrl(this.server.url("/api").uri());
		M2mProperties properties = properties(client);
		return new UserCloudsWebClients(tokens(properties), properties, WebClient::builder);
	}

	private M2mProperties properties(M2mProperties.Client client) {
		if (client.getBaseUrl() == null) {
			client.setBaseUrl(this.server.url("/api").uri());
		}
		return M2mTestSupport.properties(client);
	}

	private M2mAccessTokens tokens(M2mProperties properties) {
		return new M2mAccessTokens(properties, M2mTestSupport.registrations(this.server, properties),
				Clock.systemUTC(), new M2mTestSupport.RecordingSleeper());
	}

}
