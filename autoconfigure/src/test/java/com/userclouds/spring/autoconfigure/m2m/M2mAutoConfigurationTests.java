package com.userclouds.spring.autoconfigure.m2m;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.restclient.RestClientCustomizer;
import org.springframework.boot.restclient.autoconfigure.RestClientAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.webclient.WebClientCustomizer;
import org.springframework.boot.webclient.autoconfigure.WebClientAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.WebClient;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;
import com.userclouds.spring.autoconfigure.UserCloudsPropertyFailureAnalyzer;
import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.Mockito.mock;

/**
 * When the M2M capability switches on, what it registers, and how it backs off.
 */
class M2mAutoConfigurationTests {

	/** Nothing listens on port 1: the tenant is unreachable, which must not matter at startup. */
	private static final String UNREACHABLE_TENANT = "userclouds.tenant-url=http://127.0.0.1:1";

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class, M2mAutoConfiguration.class,
				ClientRegistrationsAutoConfiguration.class, RestClientAutoConfiguration.class))
		.withPropertyValues(UNREACHABLE_TENANT);

	private final String[] ordersClient = { "userclouds.m2m.clients.orders.client-id=orders-id",
			"userclouds.m2m.clients.orders.client-secret=orders-secret",
			"userclouds.m2m.clients.orders.scopes=orders:read",
			"userclouds.endpoints.token=http://127.0.0.1:1/oidc/token" };

	@Test
	void nothingIsRegisteredWithoutClients() {
		this.contextRunner.run((context) -> assertThat(context).hasNotFailed()
			.doesNotHaveBean(M2mProperties.class)
			.doesNotHaveBean(M2mClientRegistrations.class)
			.doesNotHaveBean(M2mAccessTokens.class)
			.doesNotHaveBean(UserCloudsRestClients.class)
			.doesNotHaveBean(UserCloudsWebClients.class)
			.doesNotHaveBean(CachedClientCredentialsTokenResponseClient.class)
			.doesNotHaveBean(CachedReactiveClientCredentialsTokenResponseClient.class)
			.doesNotHaveBean(ClientRegistrationRepository.class));
	}

	@Test
	void clientsGetTokensRestClientsAndALazyClientCredentialsRegistration() {
		this.contextRunner.withPropertyValues(this.ordersClient).run((context) -> {
			assertThat(context).hasNotFailed()
				.hasSingleBean(M2mAccessTokens.class)
				.hasSingleBean(UserCloudsRestClients.class)
				.hasSingleBean(ClientRegistrationRepository.class);
			assertThat(context.getBean(M2mAccessTokens.class).clientNames()).containsExactly("orders");
			assertThat(context.getBean(UserCloudsRestClients.class).get("orders")).isNotNull();
			ClientRegistration orders = context.getBean(ClientRegistrationRepository.class)
				.findByRegistrationId("orders");
			assertThat(orders.getAuthorizationGrantType()).isEqualTo(AuthorizationGrantType.CLIENT_CREDENTIALS);
			assertThat(orders.getClientAuthenticationMethod())
				.isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_BASIC);
			assertThat(orders.getClientId()).isEqualTo("orders-id");
			assertThat(orders.getScopes()).containsExactly("orders:read");
			assertThat(orders.getProviderDetails().getTokenUri()).isEqualTo("http://127.0.0.1:1/oidc/token");
		});
	}

	@Test
	void springSecurityFindsTheCachedClientCredentialsTokenResponseClientByItsGenericType() {
		this.contextRunner.withPropertyValues(this.ordersClient).run((context) -> {
			ResolvableType type = ResolvableType.forClassWithGenerics(OAuth2AccessTokenResponseClient.class,
					OAuth2ClientCredentialsGrantRequest.class);
			assertThat(context.getBeanProvider(type).getIfUnique())
				.isInstanceOf(CachedClientCredentialsTokenResponseClient.class);
		});
	}

	@Test
	void springSecurityFindsTheCachedReactiveTokenResponseClientByItsGenericType() {
		this.contextRunner.withPropertyValues(this.ordersClient).run((context) -> {
			ResolvableType type = ResolvableType.forClassWithGenerics(ReactiveOAuth2AccessTokenResponseClient.class,
					OAuth2ClientCredentialsGrantRequest.class);
			assertThat(context.getBeanProvider(type).getIfUnique())
				.isInstanceOf(CachedReactiveClientCredentialsTokenResponseClient.class);
		});
	}

	@Test
	void severalClientsSideBySideWithTheirOwnAuthMethods() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withPropertyValues("userclouds.m2m.clients.billing.client-id=billing-id",
					"userclouds.m2m.clients.billing.client-secret=billing-secret",
					"userclouds.m2m.clients.billing.auth-method=client_secret_post")
			.run((context) -> {
				assertThat(context.getBean(M2mAccessTokens.class).clientNames()).containsExactlyInAnyOrder("orders",
						"billing");
				assertThat(context.getBean(ClientRegistrationRepository.class)
					.findByRegistrationId("billing")
					.getClientAuthenticationMethod()).isEqualTo(ClientAuthenticationMethod.CLIENT_SECRET_POST);
			});
	}

	@Test
	void aClientDeclaredWithoutCredentialsStartsAndIsRefusedOnUse() {
		this.contextRunner
			.withPropertyValues("userclouds.m2m.clients.orders.client-id=", "userclouds.m2m.clients.orders.client-secret=",
					"userclouds.m2m.clients.orders.scopes=orders:read")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(M2mAccessTokens.class).clientNames()).isEmpty();
				assertThat(context.getBean(ClientRegistrationRepository.class).findByRegistrationId("orders")).isNull();
				assertThat(catchThrowable(
						() -> context.getBean(UserCloudsRestClients.class).get("orders")))
					.isInstanceOf(M2mClientNotConfiguredException.class)
					.hasMessageContaining("userclouds.m2m.clients.orders.client-id")
					.hasMessageContaining("userclouds.m2m.clients.orders.client-secret");
			});
	}

	@Test
	void aSecretWithoutAClientIdFailsStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues("userclouds.m2m.clients.orders.client-secret=orders-secret")
			.run((context) -> {
				assertThat(context).hasFailed();
				assertThat(context.getStartupFailure()).rootCause()
					.isInstanceOf(InvalidUserCloudsPropertyException.class)
					.hasMessageContaining("userclouds.m2m.clients.orders.client-id")
					.hasMessageNotContaining("orders-secret");
				FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("'userclouds.m2m.clients.orders.client-id'");
				assertThat(analysis.getAction()).contains("Fix 'userclouds.m2m.clients.orders.client-id'");
			});
	}

	@Test
	void impossibleSettingsFailStartupNamingTheProperty() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withPropertyValues("userclouds.m2m.clients.orders.max-attempts=0")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidUserCloudsPropertyException.class)
				.hasMessageContaining("userclouds.m2m.clients.orders.max-attempts"));
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withPropertyValues("userclouds.m2m.clients.orders.read-timeout=0s")
			.run((context) -> assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOf(InvalidUserCloudsPropertyException.class)
				.hasMessageContaining("userclouds.m2m.clients.orders.read-timeout"));
	}

	@Test
	void backsOffWithoutSpringSecurityOAuth2Client() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withClassLoader(new FilteredClassLoader(RestClientClientCredentialsTokenResponseClient.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(M2mAccessTokens.class));
	}

	@Test
	void backsOffWithoutRestClient() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withClassLoader(new FilteredClassLoader(RestClient.class))
			.run((context) -> assertThat(context).doesNotHaveBean(M2mAccessTokens.class));
	}

	@Test
	void theApplicationsOwnRestClientBuilderWinsAndIsLeftAsItWas() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withUserConfiguration(OwnRestClientBuilder.class)
			.run((context) -> {
				RestClient orders = context.getBean(UserCloudsRestClients.class).get("orders");
				List<ClientHttpRequestInterceptor> interceptors = new ArrayList<>();
				orders.mutate().requestInterceptors(interceptors::addAll);
				assertThat(interceptors).hasSize(2).startsWith(OwnRestClientBuilder.MARKER);
				context.getBean(RestClient.Builder.class)
					.requestInterceptors((own) -> assertThat(own).containsExactly(OwnRestClientBuilder.MARKER));
			});
	}

	@Test
	void anyApplicationWithWebClientGetsWebClients() {
		this.contextRunner.withPropertyValues(this.ordersClient).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(UserCloudsWebClients.class);
			assertThat(context.getBean(UserCloudsWebClients.class).get("orders")).isNotNull();
		});
	}

	@Test
	void withoutWebClientOnlyTheWebClientsAreLeftOut() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withClassLoader(new FilteredClassLoader(WebClient.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(UserCloudsWebClients.class)
				.doesNotHaveBean(CachedReactiveClientCredentialsTokenResponseClient.class)
				.hasSingleBean(UserCloudsRestClients.class)
				.hasSingleBean(M2mAccessTokens.class));
	}

	@Test
	void usesSpringBootsWebClientBuilder() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
			.withUserConfiguration(MarkedWebClientBuilder.class)
			.run((context) -> {
				context.getBean(UserCloudsWebClients.class).get("orders");
				assertThat(context.getBean(MarkedWebClientBuilder.class).used).isTrue();
			});
	}

	@Test
	void theApplicationsOwnWebClientBuilderWinsAndIsLeftAsItWas() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withConfiguration(AutoConfigurations.of(WebClientAutoConfiguration.class))
			.withUserConfiguration(OwnWebClientBuilder.class)
			.run((context) -> {
				WebClient orders = context.getBean(UserCloudsWebClients.class).get("orders");
				List<ExchangeFilterFunction> filters = new ArrayList<>();
				orders.mutate().filters(filters::addAll);
				assertThat(filters).hasSize(2).startsWith(OwnWebClientBuilder.MARKER);
				context.getBean(WebClient.Builder.class)
					.filters((own) -> assertThat(own).containsExactly(OwnWebClientBuilder.MARKER));
			});
	}

	@Test
	void backsOffFromTheApplicationsOwnBeans() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withUserConfiguration(OwnM2mBeans.class)
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean(M2mAccessTokens.class)).isSameAs(context.getBean("ownTokens"));
				assertThat(context.getBean(UserCloudsRestClients.class)).isSameAs(context.getBean("ownRestClients"));
				assertThat(context.getBean(UserCloudsWebClients.class)).isSameAs(context.getBean("ownWebClients"));
				assertThat(context.getBean(M2mClientRegistrations.class)).isSameAs(context.getBean("ownRegistrations"));
				assertThat(context.getBean(CachedClientCredentialsTokenResponseClient.class))
					.isSameAs(context.getBean("ownTokenResponseClient"));
				assertThat(context.getBean(CachedReactiveClientCredentialsTokenResponseClient.class))
					.isSameAs(context.getBean("ownReactiveTokenResponseClient"));
			});
	}

	@Test
	void usesSpringBootsRestClientBuilder() {
		this.contextRunner.withPropertyValues(this.ordersClient)
			.withUserConfiguration(MarkedBuilder.class)
			.run((context) -> {
				context.getBean(UserCloudsRestClients.class).get("orders");
				assertThat(context.getBean(MarkedBuilder.class).used).isTrue();
			});
	}

	@Configuration(proxyBeanMethods = false)
	static class OwnM2mBeans {

		@Bean
		M2mAccessTokens ownTokens() {
			return mock(M2mAccessTokens.class);
		}

		@Bean
		UserCloudsRestClients ownRestClients() {
			return mock(UserCloudsRestClients.class);
		}

		@Bean
		UserCloudsWebClients ownWebClients() {
			return mock(UserCloudsWebClients.class);
		}

		@Bean
		M2mClientRegistrations ownRegistrations() {
			return mock(M2mClientRegistrations.class);
		}

		@Bean
		CachedClientCredentialsTokenResponseClient ownTokenResponseClient() {
			return mock(CachedClientCredentialsTokenResponseClient.class);
		}

		@Bean
		CachedReactiveClientCredentialsTokenResponseClient ownReactiveTokenResponseClient() {
			return mock(CachedReactiveClientCredentialsTokenResponseClient.class);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MarkedBuilder {

		volatile boolean used;

		@Bean
		RestClientCustomizer markUse() {
			return (builder) -> this.used = true;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnRestClientBuilder {

		static final ClientHttpRequestInterceptor MARKER = (request, body, execution) -> execution.execute(request,
				body);

		@Bean
		RestClient.Builder ownRestClientBuilder() {
			return RestClient.builder().requestInterceptor(MARKER);
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class MarkedWebClientBuilder {

		volatile boolean used;

		@Bean
		WebClientCustomizer markWebClientUse() {
			return (builder) -> this.used = true;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OwnWebClientBuilder {

		static final ExchangeFilterFunction MARKER = (request, next) -> next.exchange(request);

		@Bean
		WebClient.Builder ownWebClientBuilder() {
			return WebClient.builder().filter(MARKER);
		}

	}

}
