package com.userclouds.spring.autoconfigure.m2m;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientResponseException;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import org.springframework.web.reactive.function.client.support.WebClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.annotation.PostExchange;
import org.springframework.web.service.invoker.HttpExchangeAdapter;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The ready HTTP clients, {@code RestClient} and {@code WebClient} alike: bearer token on every request, one retry
 * with a fresh token after a 401, token failures as {@link M2mTokenException}, usable behind an HTTP interface and
 * on a builder of the application's own.
 */
@ParameterizedClass
@EnumSource(M2mHttpClientsTests.ClientKind.class)
class M2mHttpClientsTests {

	@Parameter
	ClientKind kind;

	private final MockWebServer server = new MockWebServer();

	private final ScriptedTenantAndApi tenantAndApi = new ScriptedTenantAndApi();

	private final AtomicInteger tokenRequests = this.tenantAndApi.tokenRequests;

	private final List<MockResponse> tokenAnswers = this.tenantAndApi.tokenAnswers;

	private final List<String> apiAuthorizations = this.tenantAndApi.apiAuthorizations;

	private final List<Integer> apiStatuses = this.tenantAndApi.apiStatuses;

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
	void sendsTheCachedTokenOnEveryRequest() {
		OrdersApi orders = readyClient();

		for (int i = 0; i < 3; i++) {
			assertThat(orders.orders()).contains("orders");
		}

		assertThat(this.tokenRequests).hasValue(1);
		assertThat(this.apiAuthorizations).hasSize(3).allMatch((header) -> header.startsWith("Bearer ey"));
		assertThat(this.apiAuthorizations).containsOnly(this.apiAuthorizations.get(0));
	}

	@Test
	void a401FromTheApiDropsTheTokenAndRetriesOnceWithAFreshOne() {
		this.apiStatuses.add(401);
		OrdersApi orders = readyClient();

		String body = orders.place("{\"item\":7}");

		assertThat(body).contains("item");
		assertThat(this.tokenRequests).hasValue(2);
		assertThat(this.apiAuthorizations).hasSize(2);
		assertThat(this.apiAuthorizations.get(1)).isNotEqualTo(this.apiAuthorizations.get(0));
	}

	@Test
	void aSecond401IsTheCallersAnswer() {
		this.apiStatuses.addAll(List.of(401, 401));
		OrdersApi orders = readyClient();

		Throwable failure = catchThrowable(orders::orders);

		assertThat(this.kind.status(failure)).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(this.apiAuthorizations).hasSize(2);
		assertThat(this.tokenRequests).hasValue(2);
	}

	@Test
	void otherErrorsAreNotRetried() {
		this.apiStatuses.add(403);
		OrdersApi orders = readyClient();

		Throwable failure = catchThrowable(orders::orders);

		assertThat(this.kind.status(failure)).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(this.apiAuthorizations).hasSize(1);
		assertThat(this.tokenRequests).hasValue(1);
	}

	@Test
	void aTokenThatCannotBeObtainedFailsTheCallWithM2mTokenExceptionAndTheApiIsNotCalled() {
		this.tokenAnswers.add(FakeUserCloudsTokenEndpoint.json(401, "{\"error\":\"invalid_client\"}"));
		OrdersApi orders = readyClient();

		assertThatExceptionOfType(M2mTokenException.class).isThrownBy(orders::orders)
			.satisfies((ex) -> assertThat(ex.getOauthError()).isEqualTo("invalid_client"));
		assertThat(this.apiAuthorizations).isEmpty();
	}

	@Test
	void theCustomizerAddsTokensToABuilderOfTheApplicationsOwn() {
		M2mProperties properties = M2mTestSupport.properties(M2mTestSupport.client());
		OrdersApi own = this.kind.ownBuilder(tokens(properties), properties, this.server.url("/api").uri());

		own.orders();

		assertThat(this.apiAuthorizations).singleElement().satisfies((header) -> assertThat(header).startsWith("Bearer "));
	}

	@Test
	void aClientWithoutCredentialsIsRefusedByNameWithThePropertiesToSet() {
		M2mProperties properties = M2mTestSupport.properties(M2mTestSupport.client());
		properties.getClients().put("billing", new M2mProperties.Client());
		M2mAccessTokens tokens = tokens(properties);

		assertThatExceptionOfType(M2mClientNotConfiguredException.class)
			.isThrownBy(() -> this.kind.get(tokens, properties, "billing"))
			.withMessage("M2M client 'billing' has no credentials: set userclouds.m2m.clients.billing.client-id and "
					+ "userclouds.m2m.clients.billing.client-secret");
		assertThatExceptionOfType(M2mClientNotConfiguredException.class)
			.isThrownBy(() -> this.kind.get(tokens, properties, "unknown"));
		assertThatExceptionOfType(M2mClientNotConfiguredException.class)
			.isThrownBy(() -> this.kind.bearerTokens(tokens, properties, "billing"));
	}

	/**
	 * The starter's ready client of {@link M2mTestSupport#CLIENT}, with its {@code base-url} pointing at the fake
	 * API, behind an HTTP interface.
	 */
	private OrdersApi readyClient() {
		M2mProperties.Client client = M2mTestSupport.client();
		client.setBaseUrl(this.server.url("/api").uri());
		M2mProperties properties = M2mTestSupport.properties(client);
		return httpInterface(this.kind.readyClient(tokens(properties), properties));
	}

	private M2mAccessTokens tokens(M2mProperties properties) {
		return new M2mAccessTokens(properties, M2mTestSupport.registrations(this.server, properties),
				Clock.systemUTC(), new M2mTestSupport.RecordingSleeper());
	}

	static OrdersApi httpInterface(HttpExchangeAdapter adapter) {
		return HttpServiceProxyFactory.builderFor(adapter).build().createClient(OrdersApi.class);
	}

	enum ClientKind {

		REST_CLIENT {

			@Override
			HttpExchangeAdapter readyClient(M2mAccessTokens tokens, M2mProperties properties) {
				return RestClientAdapter.create(restClients(tokens, properties).get(M2mTestSupport.CLIENT));
			}

			@Override
			OrdersApi ownBuilder(M2mAccessTokens tokens, M2mProperties properties, URI baseUrl) {
				return httpInterface(RestClientAdapter.create(RestClient.builder()
					.baseUrl(baseUrl)
					.apply(restClients(tokens, properties).bearerTokens(M2mTestSupport.CLIENT))
					.build()));
			}

			@Override
			Object get(M2mAccessTokens tokens, M2mProperties properties, String clientName) {
				return restClients(tokens, properties).get(clientName);
			}

			@Override
			Object bearerTokens(M2mAccessTokens tokens, M2mProperties properties, String clientName) {
				return restClients(tokens, properties).bearerTokens(clientName);
			}

			@Override
			HttpStatusCode status(Throwable failure) {
				assertThat(failure).isInstanceOf(RestClientResponseException.class);
				return ((RestClientResponseException) failure).getStatusCode();
			}

			private UserCloudsRestClients restClients(M2mAccessTokens tokens, M2mProperties properties) {
				return new UserCloudsRestClients(tokens, properties, RestClient::builder);
			}

		},

		WEB_CLIENT {

			@Override
			HttpExchangeAdapter readyClient(M2mAccessTokens tokens, M2mProperties properties) {
				return WebClientAdapter.create(webClients(tokens, properties).get(M2mTestSupport.CLIENT));
			}

			@Override
			OrdersApi ownBuilder(M2mAccessTokens tokens, M2mProperties properties, URI baseUrl) {
				return httpInterface(WebClientAdapter.create(WebClient.builder()
					.baseUrl(baseUrl.toString())
					.apply(webClients(tokens, properties).bearerTokens(M2mTestSupport.CLIENT))
					.build()));
			}

			@Override
			Object get(M2mAccessTokens tokens, M2mProperties properties, String clientName) {
				return webClients(tokens, properties).get(clientName);
			}

			@Override
			Object bearerTokens(M2mAccessTokens tokens, M2mProperties properties, String clientName) {
				return webClients(tokens, properties).bearerTokens(clientName);
			}

			@Override
			HttpStatusCode status(Throwable failure) {
				assertThat(failure).isInstanceOf(WebClientResponseException.class);
				return ((WebClientResponseException) failure).getStatusCode();
			}

			private UserCloudsWebClients webClients(M2mAccessTokens tokens, M2mProperties properties) {
				return new UserCloudsWebClients(tokens, properties, WebClient::builder);
			}

		};

		/** The starter's ready client of {@link M2mTestSupport#CLIENT}. */
		abstract HttpExchangeAdapter readyClient(M2mAccessTokens tokens, M2mProperties properties);

		/** A client built on a builder of the application's own, given the starter's token handling. */
		abstract OrdersApi ownBuilder(M2mAccessTokens tokens, M2mProperties properties, URI baseUrl);

		abstract Object get(M2mAccessTokens tokens, M2mProperties properties, String clientName);

		abstract Object bearerTokens(M2mAccessTokens tokens, M2mProperties properties, String clientName);

		/** The HTTP status of an API error as the client kind reports it. */
		abstract HttpStatusCode status(Throwable failure);

	}

	interface OrdersApi {

		@GetExchange("/orders")
		String orders();

		@PostExchange("/orders")
		String place(@RequestBody String order);

	}

}
