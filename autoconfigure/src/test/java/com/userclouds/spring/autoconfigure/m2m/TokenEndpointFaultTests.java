package com.userclouds.spring.autoconfigure.m2m;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.tenant.LazyClientRegistrationRepository;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * How the token request treats a broken or refusing token endpoint: retry what may pass, fail at once on what will
 * not, never cache a malformed answer, never show the secret; the same on both stacks.
 */
@ParameterizedClass
@EnumSource(M2mStack.class)
class TokenEndpointFaultTests {

	@Parameter
	M2mStack stack;

	private final MockWebServer tenant = new MockWebServer();

	private final M2mTestSupport.RecordingSleeper sleeper = new M2mTestSupport.RecordingSleeper();

	private final FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(Clock.systemUTC(),
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
	void a503IsRetriedWithBackoffAndThe200Used() {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(503, "{\"error\":\"temporarily_unavailable\"}"));
		this.tenant.enqueue(this.tokenEndpoint.nextTokenResponse());
		M2mProperties.Client client = M2mTestSupport.client();
		client.setInitialBackoff(Duration.ofMillis(400));

		assertThat(this.stack.token(accessTokens(client))).isNotBlank();

		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
		assertThat(this.sleeper.sleeps).singleElement()
			.satisfies((backoff) -> assertThat(backoff).isBetween(Duration.ofMillis(200), Duration.ofMillis(400)));
	}

	@Test
	void backoffGrowsExponentiallyUpToTheMaximumAndGivesUpAfterMaxAttempts() {
		for (int i = 0; i < 5; i++) {
			this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(500, "oops"));
		}
		M2mProperties.Client client = M2mTestSupport.client();
		client.setMaxAttempts(5);
		client.setInitialBackoff(Duration.ofMillis(100));
		client.setMaxBackoff(Duration.ofMillis(300));

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(client)))
			.withMessageContaining("'orders'")
			.withMessageContaining("HTTP 500")
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
		assertThat(this.tenant.getRequestCount()).isEqualTo(5);
		assertThat(this.sleeper.sleeps).hasSize(4);
		assertThat(this.sleeper.sleeps.get(0)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
		assertThat(this.sleeper.sleeps.get(1)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
		assertThat(this.sleeper.sleeps.get(2)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
		assertThat(this.sleeper.sleeps.get(3)).isBetween(Duration.ofMillis(150), Duration.ofMillis(300));
	}

	@Test
	void invalidClientFailsAtOnceNamingTheClientAndErrorButNotTheSecret() {
		this.tenant.enqueue(new MockResponse.Builder().code(401)
			.addHeader("Content-Type", "application/json")
			.addHeader("WWW-Authenticate", "Basic realm=\"userclouds\"")
			.body("{\"error\":\"invalid_client\",\"error_description\":\"client authentication failed\"}")
			.build());

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(M2mTestSupport.client())))
			.withMessageContaining("M2M client 'orders'")
			.withMessageContaining("HTTP 401")
			.withMessageContaining("invalid_client")
			.withMessageContaining("userclouds.m2m.clients.orders.client-id")
			.withMessageNotContaining(M2mTestSupport.CLIENT_SECRET)
			.satisfies((ex) -> {
				assertThat(ex.getOauthError()).isEqualTo("invalid_client");
				assertThat(ex.isRetryable()).isFalse();
				assertThat(ex.getCause()).isNull();
			});
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
		assertThat(this.sleeper.sleeps).isEmpty();
	}

	@Test
	void otherClientErrorsFailAtOnceToo() {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(400, "{\"error\":\"invalid_scope\"}"));

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(M2mTestSupport.client())))
			.withMessageContaining("invalid_scope")
			.satisfies((ex) -> assertThat(ex.getOauthError()).isEqualTo("invalid_scope"));
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aClientErrorWithoutAnOAuthBodyStillFailsAtOnce() {
		this.tenant.enqueue(new MockResponse.Builder().code(403).body("<html>forbidden</html>").build());

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(M2mTestSupport.client())))
			.withMessageContaining("HTTP 403 without an OAuth error code");
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
	}

	@Test
	void a200WithAnErrorBodyIsRejectedAndNotCached() {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(200, "{\"error\":\"server_error\"}"));
		this.tenant.enqueue(this.tokenEndpoint.nextTokenResponse());
		M2mAccessTokens accessTokens = accessTokens(M2mTestSupport.client());

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens))
			.withMessageContaining("malformed token response")
			.withMessageContaining("access_token");
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
		assertThat(this.stack.token(accessTokens)).isNotBlank();
		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
	}

	@Test
	void anErrorParameterNextToAnAccessTokenIsRejected() {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(200,
				"{\"access_token\":\"abc\",\"token_type\":\"Bearer\",\"error\":\"server_error\"}"));

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(M2mTestSupport.client())))
			.withMessageContaining("'error' parameter");
	}

	@Test
	void anUnknownTokenTypeIsRejectedWithoutShowingTheToken() {
		String token = FakeUserCloudsTokenEndpoint.accessToken(Instant.now().plusSeconds(3600), 1);
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(200,
				"{\"access_token\":\"" + token + "\",\"token_type\":\"mac\"}"));

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(M2mTestSupport.client())))
			.withMessageContaining("malformed token response")
			.withMessageNotContaining(token)
			.satisfies((ex) -> assertThat(ex.isRetryable()).isFalse());
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aBodyThatIsNotJsonIsRejected() {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(200, "{\"access_token\": \"abc"));

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(M2mTestSupport.client())))
			.withMessageContaining("malformed token response")
			.satisfies((ex) -> assertThat(ex.isRetryable()).isFalse());
		assertThat(this.tenant.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aHungTokenEndpointTimesOutAndIsRetried() {
		MockResponse hung = new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build();
		this.tenant.enqueue(hung);
		this.tenant.enqueue(hung);
		M2mProperties.Client client = M2mTestSupport.client();
		client.setReadTimeout(Duration.ofMillis(300));
		client.setMaxAttempts(2);

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens(client)))
			.withMessageContaining("did not answer in time")
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
		assertThat(this.tenant.getRequestCount()).isEqualTo(2);
	}

	@Test
	void anUnreachableTokenEndpointIsATemporaryFault() {
		M2mProperties.Client client = M2mTestSupport.client();
		client.setMaxAttempts(2);
		M2mAccessTokens accessTokens = accessTokens(client);
		this.tenant.close();

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens))
			.withMessageContaining("could not be reached")
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
		assertThat(this.sleeper.sleeps).hasSize(1);
	}

	@Test
	void sendsUserCloudsRequestWithBasicAuthScopesAndAudiences() throws Exception {
		this.tenant.enqueue(this.tokenEndpoint.nextTokenResponse());
		M2mProperties.Client client = M2mTestSupport.client();
		client.setAudiences(List.of("https://api.example.com", "https://billing.example.com"));

		this.stack.token(accessTokens(client));

		RecordedRequest request = this.tenant.takeRequest();
		String form = request.getBody().utf8();
		assertThat(form).contains("grant_type=client_credentials")
			.contains("scope=orders%3Aread")
			.contains("audience=https%3A%2F%2Fapi.example.com")
			.contains("audience=https%3A%2F%2Fbilling.example.com")
			.doesNotContain("client_secret");
		assertThat(request.getHeaders().get("Authorization")).isEqualTo("Basic " + Base64.getEncoder()
			.encodeToString((M2mTestSupport.CLIENT_ID + ":" + M2mTestSupport.CLIENT_SECRET)
				.getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void clientSecretPostSendsTheCredentialsInTheForm() throws Exception {
		this.tenant.enqueue(this.tokenEndpoint.nextTokenResponse());
		M2mProperties.Client client = M2mTestSupport.client();
		client.setAuthMethod(M2mProperties.AuthMethod.CLIENT_SECRET_POST);

		this.stack.token(accessTokens(client));

		RecordedRequest request = this.tenant.takeRequest();
		assertThat(request.getBody().utf8()).contains("client_id=" + M2mTestSupport.CLIENT_ID)
			.contains("client_secret=" + M2mTestSupport.CLIENT_SECRET);
		assertThat(request.getHeaders().get("Authorization")).isNull();
	}

	@Test
	void anUnreachableTenantDuringDiscoveryIsATemporaryFault() {
		this.tenant.enqueue(FakeUserCloudsTokenEndpoint.json(500, "{}"));
		M2mProperties properties = M2mTestSupport.properties(M2mTestSupport.client());
		UserCloudsProperties tenantProperties = new UserCloudsProperties();
		tenantProperties.setTenantUrl(this.tenant.url("/").toString());
		UserCloudsTenant discoveredTenant = new UserCloudsTenant(tenantProperties, new DefaultResourceRetriever());
		M2mAccessTokens accessTokens = new M2mAccessTokens(properties,
				new LazyClientRegistrationRepository(
						new M2mClientRegistrations(properties, discoveredTenant).registrations()),
				Clock.systemUTC(), this.sleeper);

		assertThatExceptionOfType(M2mTokenException.class)
			.isThrownBy(() -> this.stack.token(accessTokens))
			.withMessageContaining("token endpoint is not known yet")
			.satisfies((ex) -> assertThat(ex.isRetryable()).isTrue());
	}

	private M2mAccessTokens accessTokens(M2mProperties.Client client) {
		return M2mTestSupport.accessTokens(this.tenant, client, Clock.systemUTC(), this.sleeper);
	}

}
