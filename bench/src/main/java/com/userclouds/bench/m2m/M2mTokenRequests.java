package com.userclouds.bench.m2m;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.client.RequestAttributeClientRegistrationIdResolver;
import org.springframework.security.oauth2.client.web.client.RequestAttributePrincipalResolver;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.web.client.RestClient;

import com.userclouds.bench.tenant.BenchTenant;
import com.userclouds.spring.autoconfigure.m2m.UserCloudsRestClients;

/**
 * How many token requests M2M clients make for a number of outbound calls from 32 threads, against a UserClouds-shaped
 * token endpoint (no {@code expires_in}): stock Spring Security ({@link OAuth2ClientHttpRequestInterceptor} over
 * {@link AuthorizedClientServiceOAuth2AuthorizedClientManager}, as its reference shows) against the starter's ready
 * {@code RestClient}. Prints {@code m2m token requests: calls C, stock S, starter T}.
 * <p>
 * Arguments: the number of calls (default 10000).
 */
public final class M2mTokenRequests {

	private static final int THREADS = 32;

	private static final String CLIENT = "orders";

	private M2mTokenRequests() {
	}

	public static void main(String[] args) throws Exception {
		int calls = (args.length > 0) ? Integer.parseInt(args[0]) : 10_000;
		try (BenchTenant tenant = BenchTenant.start()) {
			String api = tenant.issuer() + "/bench/api";

			int before = tenant.calls("token");
			RestClient stock = stockClient(tenant);
			callFromThreads(calls, () -> stock.get()
				.uri(api)
				.attributes(RequestAttributeClientRegistrationIdResolver.clientRegistrationId(CLIENT))
				.attributes(RequestAttributePrincipalResolver.principal("bench-service"))
				.retrieve()
				.toBodilessEntity());
			int stockRequests = tenant.calls("token") - before;

			try (ConfigurableApplicationContext starter = starterContext(tenant)) {
				RestClient client = starter.getBean(UserCloudsRestClients.class).get(CLIENT);
				before = tenant.calls("token");
				callFromThreads(calls, () -> client.get().uri(api).retrieve().toBodilessEntity());
			}
			int starterRequests = tenant.calls("token") - before;
			System.out.printf("m2m token requests: calls %d, stock %d, starter %d%n", calls, stockRequests,
					starterRequests);
		}
		// the starter's and the HTTP clients' worker threads must not keep the JVM alive
		System.exit(0);
	}

	private static RestClient stockClient(BenchTenant tenant) {
		ClientRegistration registration = ClientRegistration.withRegistrationId(CLIENT)
			.clientId("bench-client")
			.clientSecret("bench-secret")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.scope("orders:read")
			.tokenUri(tenant.issuer() + "/oidc/token")
			.build();
		InMemoryClientRegistrationRepository registrations = new InMemoryClientRegistrationRepository(registration);
		AuthorizedClientServiceOAuth2AuthorizedClientManager manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(
				registrations, new InMemoryOAuth2AuthorizedClientService(registrations));
		OAuth2ClientHttpRequestInterceptor interceptor = new OAuth2ClientHttpRequestInterceptor(manager);
		interceptor.setPrincipalResolver(new RequestAttributePrincipalResolver());
		return RestClient.builder().requestInterceptor(interceptor).build();
	}

	private static ConfigurableApplicationContext starterContext(BenchTenant tenant) {
		return new SpringApplicationBuilder(StarterApplication.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("spring.main.banner-mode=off", "userclouds.tenant-url=" + tenant.issuer(),
					"userclouds.m2m.clients." + CLIENT + ".client-id=bench-client",
					"userclouds.m2m.clients." + CLIENT + ".client-secret=bench-secret",
					"userclouds.m2m.clients." + CLIENT + ".scopes=orders:read")
			.run();
	}

	private static void callFromThreads(int calls, Runnable call) throws Exception {
		AtomicInteger remaining = new AtomicInteger(calls);
		ExecutorService threads = Executors.newFixedThreadPool(THREADS);
		try {
			Future<?>[] workers = new Future<?>[THREADS];
			for (int i = 0; i < THREADS; i++) {
				workers[i] = threads.submit(() -> {
					while (remaining.getAndDecrement() > 0) {
						call.run();
					}
				});
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	/** An application with the starter and nothing else. */
	@Configuration(proxyBeanMethods = false)
	@EnableAutoConfiguration
	static class StarterApplication {

	}

}
