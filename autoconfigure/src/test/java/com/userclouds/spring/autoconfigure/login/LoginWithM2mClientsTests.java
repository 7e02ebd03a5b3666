package com.userclouds.spring.autoconfigure.login;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.annotation.ClientRegistrationId;
import org.springframework.security.oauth2.client.web.client.ClientRegistrationIdProcessor;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.support.RestClientAdapter;
import org.springframework.web.service.annotation.GetExchange;
import org.springframework.web.service.invoker.HttpServiceProxyFactory;

import com.userclouds.spring.autoconfigure.m2m.M2mAutoConfiguration;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant.Shape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * An application with login and M2M clients has one {@link OAuth2AuthorizedClientManager}, the login's, and Spring
 * Security's {@link OAuth2ClientHttpRequestInterceptor} with {@code @ClientRegistrationId("orders")} gets the M2M
 * client's token from it, through the starter's cached token client (one token request for many calls).
 */
class LoginWithM2mClientsTests {

	private final MockWebServer api = new MockWebServer();

	private final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();

	private FakeTenant tenant;

	@BeforeEach
	void start() throws Exception {
		this.tenant = new FakeTenant(Shape.USERCLOUDS).start();
		this.tenant.grantClientCredentials();
		this.api.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				LoginWithM2mClientsTests.this.apiAuthorizations.add(request.getHeaders().get("Authorization"));
				return new MockResponse.Builder().code(200).body("[]").build();
			}
		});
		this.api.start();
	}

	@AfterEach
	void stop() {
		this.api.close();
		this.tenant.close();
	}

	@Test
	void theLoginsManagerGivesM2mClientsTheirCachedClientCredentialsToken() {
		LoginTestApplication.runner(this.tenant)
			.withConfiguration(AutoConfigurations.of(M2mAutoConfiguration.class))
			.withUserConfiguration(OrdersProxy.class)
			.withPropertyValues("userclouds.m2m.clients.orders.client-id=orders-id",
					"userclouds.m2m.clients.orders.client-secret=orders-secret",
					"userclouds.login.public-paths=/orders", "orders.url=" + this.api.url("/"))
			.run((context) -> {
				assertThat(context).hasNotFailed().hasSingleBean(OAuth2AuthorizedClientManager.class);
				for (int i = 0; i < 3; i++) {
					// a new browser each time: nothing kept in a session
					LoginBrowser.Response response = new ServletLoginBrowser(context).get("/orders");
					assertThat(response.status()).isEqualTo(200);
				}
				assertThat(this.apiAuthorizations).hasSize(3).allSatisfy((authorization) -> assertThat(authorization)
					.isNotNull()
					.startsWith("Bearer ey"));
				assertThat(this.tenant.tokenRequests()).singleElement()
					.satisfies((request) -> assertThat(request).containsEntry("grant_type", "client_credentials"));
			});
	}

	interface OrdersApi {

		@ClientRegistrationId("orders")
		@GetExchange("/orders")
		String orders();

	}

	@Configuration(proxyBeanMethods = false)
	static class OrdersProxy {

		@Bean
		OrdersApi ordersApi(OAuth2AuthorizedClientManager manager, @Value("${orders.url}") String url) {
			RestClient client = RestClient.builder()
				.baseUrl(url)
				.requestInterceptor(new OAuth2ClientHttpRequestInterceptor(manager))
				.build();
			return HttpServiceProxyFactory.builderFor(RestClientAdapter.create(client))
				.httpRequestValuesProcessor(ClientRegistrationIdProcessor.DEFAULT_INSTANCE)
				.build()
				.createClient(OrdersApi.class);
		}

		@RestController
		static class OrdersController {

			private final OrdersApi orders;

			OrdersController(OrdersApi orders) {
				this.orders = orders;
			}

			@GetMapping("/orders")
			String orders() {
				return this.orders.orders();
			}

		}

	}

}
