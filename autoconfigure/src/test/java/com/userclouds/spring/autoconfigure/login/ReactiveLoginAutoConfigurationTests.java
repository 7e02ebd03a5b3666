package com.userclouds.spring.autoconfigure.login;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionOAuth2ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityWebFilterChain;
import com.userclouds.spring.autoconfigure.m2m.M2mAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * When login switches on in a WebFlux application, what it declares, and how it backs off. The tenant URL points at a
 * closed port: nothing here may call the tenant at startup.
 */
class ReactiveLoginAutoConfigurationTests {

	private static final String UNREACHABLE_TENANT = "http://127.0.0.1:9";

	@Test
	void declaresTheLoginWithoutCallingTheTenant() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(LoginClientRegistration.class)
				.hasSingleBean(UserCloudsSecurityWebFilterChain.class)
				.hasSingleBean(UserCloudsReactiveLogin.class)
				.hasSingleBean(ReactiveOAuth2AuthorizedClientManager.class)
				.hasBean("userCloudsLoginAuthorizedClientManager")
				.hasBean("userCloudsIdTokenDecoderFactory");
			assertThat(context.getBean(ServerAuthorizationRequestRepository.class))
				.isInstanceOf(WebSessionOAuth2ServerAuthorizationRequestRepository.class);
			assertThat(context.getBean(ServerOAuth2AuthorizedClientRepository.class))
				.isInstanceOf(WebSessionServerOAuth2AuthorizedClientRepository.class);
		});
	}

	@Test
	void loginPageSaysSoWhenTheTenantIsUnreachable() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT).run((context) -> {
			LoginBrowser browser = new ReactiveLoginBrowser(context);
			assertThat(browser.get("/profile").redirectedUrl()).endsWith("/login");
			LoginBrowser.Response login = browser.get("/login");
			assertThat(login.status()).isEqualTo(503);
			assertThat(login.body()).contains("Login is unavailable");
			assertThat(browser.get("/oauth2/authorization/userclouds").redirectedUrl())
				.as("no 500 when the authorization request cannot be built").isEqualTo("/login?error");
			assertThat(browser.get("/login?error").body()).contains("temporarily_unavailable");
			assertThat(browser.get("/").status()).as("public paths stay open").isNotIn(302, 401, 403);
		});
	}

	@Test
	void anApplicationsOwnTenantErrorIsNotTakenForALoginThatCouldNotStart() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT).withUserConfiguration(FailingController.class).run((context) -> {
			LoginBrowser.Response answer = new ReactiveLoginBrowser(context).get("/public/tenant-call");
			assertThat(answer.redirectedUrl()).as("the application's error, not the login error page").isNull();
			assertThat(answer.status()).isEqualTo(500);
		});
	}

	@Test
	void offWithoutClientId() {
		LoginStack.reactiveRunnerWithoutClient(UNREACHABLE_TENANT)
			.run((context) -> assertThat(context).doesNotHaveBean(UserCloudsReactiveLogin.class)
				.doesNotHaveBean(UserCloudsSecurityWebFilterChain.class));
	}

	@Test
	void offWhenDisabledEvenWithClientId() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT)
			.withPropertyValues("userclouds.login.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(UserCloudsReactiveLogin.class)
				.doesNotHaveBean(LoginClientRegistration.class));
	}

	@Test
	void declaresNothingOfTheServletStack() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT)
			.run((context) -> assertThat(context).doesNotHaveBean("userCloudsAuthorizationRequestRepository")
				.doesNotHaveBean("userCloudsLoginAuthorizedClientRepository")
				.doesNotHaveBean("userCloudsLoginSecurityFilterChain"));
	}

	@Test
	void backsOffFromTheApplicationsBeans() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT).withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("userCloudsServerAuthorizationRequestRepository")
				.doesNotHaveBean("userCloudsLoginServerAuthorizedClientRepository");
			assertThat(context.getBean("userCloudsLoginAuthorizedClientManager"))
				.isSameAs(context.getBean(UserBeans.class).manager);
		});
	}

	@Test
	void theLoginManagerIsTheOnlyReactiveManagerBesideM2mClients() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT)
			.withConfiguration(AutoConfigurations.of(M2mAutoConfiguration.class))
			.withPropertyValues("userclouds.m2m.clients.orders.client-id=orders",
					"userclouds.m2m.clients.orders.client-secret=s3cret")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				// Spring Cloud Gateway's TokenRelay and @RegisteredOAuth2AuthorizedClient need exactly one
				assertThat(context).hasSingleBean(ReactiveOAuth2AuthorizedClientManager.class)
					.hasBean("userCloudsLoginAuthorizedClientManager");
			});
	}

	@Test
	void yieldsToAnApplicationsChainForEveryRequest() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT).withUserConfiguration(UserFilterChain.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(new ReactiveLoginBrowser(context).get("/elsewhere").status()).as("the application's rule")
				.isEqualTo(404);
		});
	}

	@Test
	void anApplicationsChainGetsTheStarterLoginThroughItsCustomizer() {
		LoginStack.reactiveRunner(UNREACHABLE_TENANT)
			.withUserConfiguration(UserChainWithCustomizer.class)
			.withPropertyValues("userclouds.login.flow=hybrid")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				LoginBrowser browser = new ReactiveLoginBrowser(context);
				assertThat(browser.get("/profile").redirectedUrl()).endsWith("/login");
				assertThat(browser.get("/login").status()).as("the tenant is down: the starter's page")
					.isEqualTo(503);
				assertThat(browser.get("/oauth2/authorization/userclouds").redirectedUrl())
					.isEqualTo("/login?error");
				assertThat(browser.get(LoginBrowser.CALLBACK).body()).as("the fragment relay page")
					.contains("<form id=\"relay\"");
				assertThat(browser.get("/about").status()).as("the application's own rule").isNotIn(302, 401, 403);
			});
	}

	@RestController
	static class FailingController {

		@GetMapping("/public/tenant-call")
		String tenantCall() {
			throw new TenantUnavailableException("the application's own call to the tenant failed");
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterChain {

		@Bean
		SecurityWebFilterChain userSecurityWebFilterChain(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserChainWithCustomizer {

		@Bean
		SecurityWebFilterChain userSecurityWebFilterChain(ServerHttpSecurity http, UserCloudsReactiveLogin userClouds) {
			http.securityMatcher(ServerWebExchangeMatchers.anyExchange())
				.authorizeExchange((exchanges) -> exchanges.pathMatchers("/about").permitAll().anyExchange().authenticated());
			userClouds.customize(http);
			return http.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		final ReactiveOAuth2AuthorizedClientManager manager = mock(ReactiveOAuth2AuthorizedClientManager.class);

		@Bean
		ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> userAuthorizationRequests() {
			return new WebSessionOAuth2ServerAuthorizationRequestRepository();
		}

		@Bean
		ServerOAuth2AuthorizedClientRepository userAuthorizedClients() {
			return new WebSessionServerOAuth2AuthorizedClientRepository();
		}

		@Bean
		ReactiveOAuth2AuthorizedClientManager userCloudsLoginAuthorizedClientManager() {
			return this.manager;
		}

	}

}
