package com.userclouds.spring.autoconfigure.login;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;
import com.userclouds.spring.autoconfigure.UserCloudsPropertyFailureAnalyzer;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;
import com.userclouds.spring.autoconfigure.testsupport.ActuatorSecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * When login switches on, what it declares, and how it backs off. The tenant URL points at a closed port: nothing
 * here may call the tenant at startup.
 */
class LoginAutoConfigurationTests {

	private static final String UNREACHABLE_TENANT = "http://127.0.0.1:9";

	private static final AutoConfigurations CONFIGURATIONS = AutoConfigurations.of(TenantAutoConfiguration.class,
			ClientRegistrationsAutoConfiguration.class, LoginAutoConfiguration.class, SecurityAutoConfiguration.class,
			ServletWebSecurityAutoConfiguration.class, OAuth2ClientAutoConfiguration.class,
			OAuth2ClientWebSecurityAutoConfiguration.class);

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
		.withUserConfiguration(LoginTestApplication.class)
		.withPropertyValues("userclouds.tenant-url=" + UNREACHABLE_TENANT, "userclouds.login.client-id=webapp");

	@Test
	void declaresTheLoginWithoutCallingTheTenant() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(LoginClientRegistration.class)
				.hasSingleBean(UserCloudsSecurityFilterChain.class)
				.hasSingleBean(ClientRegistrationRepository.class)
				.hasSingleBean(AuthorizationRequestRepository.class)
				.hasBean("userCloudsLoginAuthorizedClientManager")
				.hasBean("userCloudsIdTokenDecoderFactory")
				.hasBean("userCloudsAuthorizationCodeTokenResponseClient")
				.hasBean("userCloudsRefreshTokenResponseClient");
			assertThat(context.getBean(OAuth2AuthorizedClientRepository.class))
				.isInstanceOf(HttpSessionOAuth2AuthorizedClientRepository.class);
		});
	}

	@Test
	void loginPageSaysSoWhenTheTenantIsUnreachable() {
		this.runner.run((context) -> {
			LoginBrowser browser = new ServletLoginBrowser(context);
			assertThat(browser.get("/profile").redirectedUrl()).endsWith("/login");
			LoginBrowser.Response login = browser.get("/login");
			assertThat(login.status()).isEqualTo(503);
			assertThat(login.body()).contains("Login is unavailable");
			assertThat(browser.get("/oauth2/authorization/userclouds").redirectedUrl())
				.as("no 500 when the authorization request cannot be built").isEqualTo("/login?error");
			assertThat(browser.get("/").status()).as("public paths stay open").isNotIn(302, 401, 403);
		});
	}

	@Test
	void offWithoutClientId() {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("userclouds.tenant-url=" + UNREACHABLE_TENANT)
			.run((context) -> assertThat(context).doesNotHaveBean(LoginClientRegistration.class)
				.doesNotHaveBean(UserCloudsSecurityFilterChain.class));
	}

	@Test
	void aLoginWithoutAccessTokenGivesNoAuthorizedClientRatherThanANewLogin() {
		this.runner
			.withPropertyValues("userclouds.endpoints.authorization=" + UNREACHABLE_TENANT + "/oidc/authorize",
					"userclouds.endpoints.token=" + UNREACHABLE_TENANT + "/oidc/token",
					"userclouds.endpoints.userinfo=" + UNREACHABLE_TENANT + "/oidc/userinfo",
					"userclouds.endpoints.jwks=" + UNREACHABLE_TENANT + "/.well-known/jwks.json",
					"userclouds.endpoints.logout=" + UNREACHABLE_TENANT + "/logout")
			.run((context) -> {
				OAuth2AuthorizedClientManager manager = context.getBean("userCloudsLoginAuthorizedClientManager",
						OAuth2AuthorizedClientManager.class);
				OAuth2AuthorizeRequest request = OAuth2AuthorizeRequest.withClientRegistrationId("userclouds")
					.principal("alice")
					.attribute(HttpServletRequest.class.getName(), new MockHttpServletRequest())
					.attribute(HttpServletResponse.class.getName(), new MockHttpServletResponse())
					.build();
				assertThat(manager.authorize(request)).isNull();
			});
	}

	@Test
	void offWhenDisabledEvenWithClientId() {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("userclouds.tenant-url=" + UNREACHABLE_TENANT, "userclouds.login.client-id=webapp",
					"userclouds.login.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean(LoginClientRegistration.class)
				.doesNotHaveBean(UserCloudsSecurityFilterChain.class));
	}

	@Test
	void offOutsideWebApplications() {
		new ApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("userclouds.tenant-url=" + UNREACHABLE_TENANT, "userclouds.login.client-id=webapp")
			.run((context) -> assertThat(context).doesNotHaveBean(LoginClientRegistration.class));
	}

	@Test
	void offWithoutSpringSecurityOAuth2Client() {
		new WebApplicationContextRunner().withConfiguration(CONFIGURATIONS)
			.withPropertyValues("userclouds.tenant-url=" + UNREACHABLE_TENANT, "userclouds.login.client-id=webapp")
			.withClassLoader(new FilteredClassLoader(ClientRegistration.class))
			.run((context) -> assertThat(context).doesNotHaveBean(LoginClientRegistration.class));
	}

	@Test
	void yieldsToAnApplicationsChainForEveryRequest() {
		this.runner.withUserConfiguration(UserFilterChain.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(LoginClientRegistration.class).hasBean("userSecurityFilterChain");
			assertThat(new ServletLoginBrowser(context).get("/elsewhere").status()).as("the application's rule")
				.isEqualTo(404);
		});
	}

	@Test
	void yieldsToTheApplicationsChainOnlyOnThePathsItTakes() {
		this.runner.withUserConfiguration(ActuatorSecurityFilterChain.class).run((context) -> {
			LoginBrowser browser = new ServletLoginBrowser(context);
			assertThat(browser.get("/profile").redirectedUrl()).endsWith("/login");
			assertThat(browser.get("/actuator/health").status()).isNotIn(302, 401, 403);
		});
	}

	@Test
	void anApplicationsChainGetsTheStarterLoginThroughItsConfigurer() {
		this.runner.withUserConfiguration(UserChainWithConfigurer.class)
			.withPropertyValues("userclouds.login.flow=hybrid")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context.getBean("userSecurityFilterChain", SecurityFilterChain.class).getFilters())
					.extracting(Object::getClass)
					.contains(LoginPageFilter.class, IssuerResponseParameterFilter.class, FragmentRelayFilter.class,
							FrontChannelResponseFilter.class);
				LoginBrowser browser = new ServletLoginBrowser(context);
				assertThat(browser.get("/profile").redirectedUrl()).endsWith("/login");
				assertThat(browser.get("/login").status()).as("the tenant is down: the starter's page")
					.isEqualTo(503);
				assertThat(browser.get("/oauth2/authorization/userclouds").redirectedUrl())
					.isEqualTo("/login?error");
				assertThat(browser.get("/about").status()).as("the application's own rule")
					.isNotIn(302, 401, 403);
			});
	}

	@Test
	void backsOffFromTheApplicationsBeans() {
		this.runner.withUserConfiguration(UserBeans.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("userCloudsAuthorizationRequestRepository")
				.doesNotHaveBean("userCloudsLoginAuthorizedClientRepository")
				.doesNotHaveBean("userCloudsIdTokenDecoderFactory")
				.doesNotHaveBean("userCloudsAuthorizationCodeTokenResponseClient")
				.doesNotHaveBean("userCloudsRefreshTokenResponseClient");
			assertThat(context.getBean("userCloudsLoginAuthorizedClientManager"))
				.isSameAs(context.getBean(UserBeans.class).manager);
		});
	}

	@Test
	void keepsItsTokenClientsBesideOtherGrantTypesClients() {
		this.runner.withUserConfiguration(ClientCredentialsClient.class)
			.run((context) -> assertThat(context).hasBean("userCloudsAuthorizationCodeTokenResponseClient")
				.hasBean("userCloudsRefreshTokenResponseClient"));
	}

	@Test
	void failsFastOnAResponseTypeTheFlowDoesNotHave() {
		this.runner.withPropertyValues("userclouds.login.flow=implicit", "userclouds.login.response-type=code id_token")
			.run((context) -> {
				assertThat(context).hasFailed();
				FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
				assertThat(analysis.getDescription()).contains("userclouds.login.response-type");
				assertThat(analysis.getAction()).contains("[id_token token, id_token]");
			});
	}

	@Test
	void acceptsResponseTypeWordsInAnyOrder() {
		this.runner.withPropertyValues("userclouds.login.flow=hybrid", "userclouds.login.response-type=token id_token code")
			.run((context) -> assertThat(context.getBean(LoginClientRegistration.class).responseType())
				.isEqualTo("code id_token token"));
	}

	@Test
	void failsFastWithoutOpenidScope() {
		this.runner.withPropertyValues("userclouds.login.scopes=profile,email").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure()).getDescription())
				.contains("userclouds.login.scopes");
		});
	}

	@Test
	void failsFastOnASymmetricIdTokenAlgorithmWithoutTheResourceServer() {
		// LoginAutoConfiguration alone binds the allow-list, which ID tokens share with access tokens
		this.runner.withPropertyValues("userclouds.resource-server.algorithms=HS256").run((context) -> {
			assertThat(context).hasFailed();
			assertThat(context.getStartupFailure()).rootCause()
				.isInstanceOfSatisfying(InvalidUserCloudsPropertyException.class,
						(failure) -> assertThat(failure.getName()).isEqualTo("userclouds.resource-server.algorithms"));
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterChain {

		@Bean
		SecurityFilterChain userSecurityFilterChain(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserChainWithConfigurer {

		@Bean
		SecurityFilterChain userSecurityFilterChain(HttpSecurity http) throws Exception {
			return http.with(UserCloudsLogin.userCloudsLogin(), Customizer.withDefaults())
				.authorizeHttpRequests((requests) -> requests.requestMatchers("/about").permitAll().anyRequest().authenticated())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserBeans {

		final OAuth2AuthorizedClientManager manager = mock(OAuth2AuthorizedClientManager.class);

		@Bean
		@SuppressWarnings("unchecked")
		AuthorizationRequestRepository<OAuth2AuthorizationRequest> userAuthorizationRequests() {
			return mock(AuthorizationRequestRepository.class);
		}

		@Bean
		OAuth2AuthorizedClientRepository userAuthorizedClients() {
			return new HttpSessionOAuth2AuthorizedClientRepository();
		}

		@Bean
		@SuppressWarnings("unchecked")
		JwtDecoderFactory<ClientRegistration> userIdTokenDecoders() {
			return mock(JwtDecoderFactory.class);
		}

		@Bean
		@SuppressWarnings("unchecked")
		OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> userCodeClient() {
			return mock(OAuth2AccessTokenResponseClient.class);
		}

		@Bean
		@SuppressWarnings("unchecked")
		OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> userRefreshClient() {
			return mock(OAuth2AccessTokenResponseClient.class);
		}

		@Bean
		OAuth2AuthorizedClientManager userCloudsLoginAuthorizedClientManager() {
			return this.manager;
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ClientCredentialsClient {

		@Bean
		@SuppressWarnings("unchecked")
		OAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest> m2mClient() {
			return mock(OAuth2AccessTokenResponseClient.class);
		}

	}

}
