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

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The ready HTTP clients: bearer token on every request, one retry with a fresh token after a 401, usable behind an
 * HTTP interface.
 */
class UserCloudsRestClientsTests {

	private final MockWebServer server = new MockWebServer();

	private final FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(Clock.systemUTC(),
			Duration.ofHours(1));

	private final AtomicInteger tokenRequests = new AtomicInteger();

	private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();

	/** API answers, in order; when they run out, 200 */
	private final List<Integer> apiStatuses = new CopyOnWriteArrayList<>();

	@BeforeEach
	void start() throws Exception {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				if (request.getUrl().encodedPath().equals(FakeUserCloudsTokenEndpoint.TOKEN_PATH)) {
					UserCloudsRestClientsTests.this.tokenRequests.incrementAndGet();
					return UserCloudsRestClientsTests.this.tokenEndpoint.nextTokenResponse();
				}
				UserCloudsRestClientsTests.this.apiAuthorizations.add(request.getHeaders().get("Authorization"));
				int status = UserCloudsRestClientsTests.this.apiStatuses.isEmpty() ? 200
						: UserCloudsRestClientsTests.this.apiStatuses.remove(0);
				String echo = (request.getBody() != null && request.getBody().size() > 0) ? request.getBody().utf8()
						: "{\"orders\":[1,2]}";
				return FakeUserCloudsTokenEndpoint.json(status, (status == 200) ? echo : "{}");
			}
		});
		this.server.start();
	}

	@AfterEach
	void stop() {
		this.server.close();
	}

	@Test
	void sendsTheCachedTokenOnEveryRequest() {
		RestClient orders = restClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT);

		for (int i = 0; i < 3; i++) {
			assertThat(orders.get().uri(this.server.url("/api/orders").uri()).retrieve().body(String.class))
				.contains("orders");
		}

		assertThat(this.tokenRequests).hasValue(1);
		assertThat(this.apiAuthorizations).hasSize(3).allMatch((header) -> header.startsWith("Bearer ey"));
		assertThat(this.apiAuthorizations).containsOnly(this.apiAuthorizations.get(0));
	}

	@Test
	void a401FromTheApiDropsTheTokenAndRetriesOnceWithAFreshOne() {
		this.apiStatuses.add(401);
		RestClient orders = restClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT);

		String body = orders.post().uri(this.server.url("/api/orders").uri()).body("{\"item\":7}").retrieve()
			.body(String.class);

		assertThat(body).contains("item");
		assertThat(this.tokenRequests).hasValue(2);
		assertThat(this.apiAuthorizations).hasSize(2);
		assertThat(this.apiAuthorizations.get(1)).isNotEqualTo(this.apiAuthorizations.get(0));
	}

	@Test
	void aSecond401IsTheCallersAnswer() {
		this.apiStatuses.addAll(List.of(401, 401));
		RestClient orders = restClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT);

		assertThatExceptionOfType(HttpClientErrorException.class)
			.isThrownBy(() -> orders.get().uri(this.server.url("/api/orders").uri()).retrieve().body(String.class))
			.satisfies((ex) -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED));
		assertThat(this.apiAuthorizations).hasSize(2);
		assertThat(this.tokenRequests).hasValue(2);
	}

	@Test
	void otherErrorsAreNotRetried() {
		this.apiStatuses.add(403);
		RestClient orders = restClients(M2mTestSupport.client()).get(M2mTestSupport.CLIENT);

		assertThatExceptionOfType(HttpClientErrorException.Forbidden.class)
			.isThrownBy(() -> orders.get().uri(this.server.url("/api/orders").uri()).retrieve().body(String.class));
		assertThat(this.apiAuthorizations).hasSize(1);
		assertThat(this.tokenRequests).hasValue(1);
	}

	@Test
	void worksBehindAnHttpInterfaceWithTheConfiguredBaseUrl() {
		M2mProperties.Client client = M2mTestSupport.client();
		client.setBaseUrl(this.server.url("/api").uri());
		this.apiStatuses.add(401);
		OrdersApi api = HttpServiceProxyFactory
			.builderFor(RestClientAdapter.create(restClients(client).get(M2mTestSupport.CLIENT)))
			.build()
			.createClient(OrdersApi.class);

		assertThat(api.orders()).contains("orders");
		assertThat(api.place("{\"item\":9}")).contains("item");

		assertThat(this.apiAuthorizations).hasSize(3);
		assertThat(this.tokenRequests).hasValue(2);
	}

	@Test
	void theCustomizerAddsTokensToABuilderOfTheApplicationsOwn() {
		UserCloudsRestClients restClients = restClients(M2mTestSupport.client());
		RestClient own = RestClient.builder()
			.baseUrl(this.server.url("/").uri())
			.apply(restClients.bearerTokens(M2mTestSupport.CLIENT))
			.build();

		own.get().uri("/api/orders").retrieve().toBodilessEntity();

		assertThat(this.apiAuthorizations).singleElement().satisfies((header) -> assertThat(header).startsWith("Bearer "));
	}

	@Test
	void aClientWithoutCredentialsIsRefusedByNameWithThePropertiesToSet() {
		M2mProperties properties = M2mTestSupport.properties(M2mTestSupport.client());
		properties.getClients().put("billing", new M2mProperties.Client());
		M2mAccessTokens tokens = new M2mAccessTokens(properties, M2mTestSupport.registrations(this.server, properties),
				Clock.systemUTC(), new M2mTestSupport.RecordingSleeper());
		UserCloudsRestClients restClients = new UserCloudsRestClients(tokens, properties, RestClient::builder);

		assertThatExceptionOfType(M2mClientNotConfiguredException.class)
			.isThrownBy(() -> restClients.get("billing"))
			.withMessage("M2M client 'billing' has no credentials: set userclouds.m2m.clients.billing.client-id and "
					+ "userclouds.m2m.clients.billing.client-secret");
		assertThatExceptionOfType(M2mClientNotConfiguredException.class).isThrownBy(() -> restClients.get("unknown"));
	}

	private UserCloudsRestClients restClients(M2mProperties.Client client) {
		M2mProperties properties = M2mTestSupport.properties(client);
		M2mAccessTokens tokens = new M2mAccessTokens(properties, M2mTestSupport.registrations(this.server, properties),
				Clock.systemUTC(), new M2mTestSupport.RecordingSleeper());
		return new UserCloudsRestClients(tokens, properties, RestClient::builder);
	}

	interface OrdersApi {

		@GetExchange("/orders")
		String orders();

		@PostExchange("/orders")
		String place(@RequestBody String order);

	}

}
