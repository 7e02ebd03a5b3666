package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.request.async.WebAsyncManagerIntegrationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.savedrequest.RequestCacheAwareFilter;
import org.springframework.security.web.servletapi.SecurityContextHolderAwareRequestFilter;
import org.springframework.security.web.session.SessionManagementFilter;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.userclouds.spring.autoconfigure.UserCloudsPropertyFailureAnalyzer;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityWebFilterChain;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;
import com.userclouds.spring.autoconfigure.testsupport.ActuatorSecurityFilterChain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every condition and back-off of {@link ResourceServerAutoConfiguration}. The tenant URL points nowhere: nothing here
 * may call the tenant, except where a test starts a fake tenant of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class ResourceServerAutoConfigurationTests {

	private final WebApplicationContextRunner runner = new WebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class, ResourceServerAutoConfiguration.class,
				ServletWebSecurityAutoConfiguration.class))
		.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com");

	private static MockMvc mvc(WebApplicationContext context) {
		return MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Test
	void protectsTheApiByDefault() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ResourceServerProperties.class);
			assertThat(context.getBean(JwtDecoder.class)).isInstanceOfSatisfying(UserCloudsJwtDecoder.class,
					(decoder) -> assertThat(decoder.cacheStatistics()).isPresent());
			assertThat(context).hasBean("userCloudsJwtDecoder");
			assertThat(context).hasBean("userCloudsJwtAuthenticationConverter");
			assertThat(context).hasSingleBean(UserCloudsSecurityFilterChain.class);
			assertThat(context).hasBean("requireScopesAuthorizationAdvisor");
			assertThat(context).hasSingleBean(MethodSecurityConfiguration.class);
			assertThat(context).doesNotHaveBean(ReactiveJwtDecoder.class);
			assertThat(context).doesNotHaveBean(UserCloudsSecurityWebFilterChain.class);
			assertThat(context).doesNotHaveBean(RequireScopesHandlerAdapter.class);
		});
	}

	@Test
	void registersAFirewallWithFastHeaderChecks() {
		this.runner.run((context) -> {
			assertThat(context).hasSingleBean(HttpFirewall.class);
			assertThat(firewallInUse(context)).isSameAs(context.getBean("userCloudsHttpFirewall"));
		});
	}

	@Test
	void backsOffFromTheApplicationsFirewall() {
		this.runner.withUserConfiguration(FirewallConfiguration.class).run((context) -> {
			assertThat(context).hasSingleBean(HttpFirewall.class);
			assertThat(context).doesNotHaveBean("userCloudsHttpFirewall");
			assertThat(firewallInUse(context)).isSameAs(context.getBean(HttpFirewall.class));
		});
	}

	/** Spring Security offers no getter: the firewall of the FilterChainProxy that Spring Boot registers. */
	private static Object firewallInUse(ApplicationContext context) {
		Object composite = context.getBean(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME);
		Object filterChainProxy = ReflectionTestUtils.getField(composite, "springSecurityFilterChain");
		return ReflectionTestUtils.getField(filterChainProxy, "firewall");
	}

	@Test
	void mapsConfiguredClaimsToAuthorities() {
		this.runner
			.withPropertyValues("userclouds.resource-server.authorities[0].claim=roles",
					"userclouds.resource-server.authorities[0].prefix=ROLE_")
			.run((context) -> {
				Jwt jwt = Jwt.withTokenValue("t")
					.header("alg", "RS256")
					.claim("roles", List.of("admin"))
					.claim("scope", "orders:read")
					.build();
				assertThat(context.getBean(JwtAuthenticationConverter.class).convert(jwt).getAuthorities())
					.extracting(GrantedAuthority::getAuthority)
					.contains("ROLE_admin")
					.doesNotContain("SCOPE_orders:read");
			});
	}

	@Test
	void validatedTokenCacheSwitchedOffByProperty() {
		this.runner.withPropertyValues("userclouds.resource-server.cache.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(JwtDecoder.class)).isInstanceOfSatisfying(UserCloudsJwtDecoder.class,
					(decoder) -> assertThat(decoder.cacheStatistics()).isEmpty());
		});
	}

	@Test
	void cacheMaxSizeBelowOneFailsStartupNamingTheProperty() {
		assertStartupFailsNaming("userclouds.resource-server.cache.max-size=0",
				"userclouds.resource-server.cache.max-size");
	}

	@Test
	void switchedOffByProperty() {
		this.runner.withPropertyValues("userclouds.resource-server.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
			assertThat(context).doesNotHaveBean(UserCloudsSecurityFilterChain.class);
			assertThat(context).doesNotHaveBean("requireScopesAuthorizationAdvisor");
		});
	}

	@Test
	void absentWithoutSpringSecurityResourceServer() {
		this.runner.withClassLoader(new FilteredClassLoader(BearerTokenAuthenticationToken.class)).run((context) -> {
			assertThat(context).doesNotHaveBean(ResourceServerProperties.class);
			assertThat(context).doesNotHaveBean(JwtDecoder.class);
		});
	}

	@Test
	void backsOffFromTheApplicationsJwtDecoder() {
		this.runner.withUserConfiguration(UserJwtDecoder.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("userCloudsJwtDecoder");
			assertThat(context.getBean(JwtDecoder.class)).isSameAs(context.getBean("userJwtDecoder"));
			assertThat(context).hasSingleBean(UserCloudsSecurityFilterChain.class);
		});
	}

	@Test
	void addsTheApplicationsTokenValidatorsToItsOwn() {
		try (FakeTenant tenant = FakeTenant.start()) {
			this.runner.withPropertyValues("userclouds.tenant-url=" + tenant.issuer())
				.withUserConfiguration(AdditionalTokenRulesTests.BannedCallers.class)
				.run((context) -> {
					JwtDecoder decoder = context.getBean(JwtDecoder.class);
					assertThat(decoder).isInstanceOf(UserCloudsJwtDecoder.class);
					assertThat(decoder.decode(tenant.userAccessToken().sign())).isNotNull();
					assertThatExceptionOfType(JwtValidationException.class)
						.isThrownBy(() -> decoder.decode(tenant.userAccessToken().claim("banned", true).sign()))
						.withMessageEndingWith(AdditionalTokenRulesTests.BannedCallers.DESCRIPTION);
					assertThatExceptionOfType(JwtValidationException.class)
						.isThrownBy(() -> decoder.decode(tenant.idToken("some-client").sign()))
						.withMessageContaining("Not an access token");
				});
		}
	}

	@Test
	void backsOffFromTheApplicationsAuthoritiesConverter() {
		this.runner.withUserConfiguration(UserAuthenticationConverter.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean("userCloudsJwtAuthenticationConverter");
			assertThat(context).hasSingleBean(JwtAuthenticationConverter.class);
		});
	}

	@Test
	void yieldsToTheApplicationsChainOnlyOnThePathsItTakes() throws Exception {
		this.runner.withUserConfiguration(ActuatorSecurityFilterChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(UserCloudsSecurityFilterChain.class);
			MockMvc mvc = mvc(context);
			mvc.perform(get("/api/orders")).andExpect(status().isUnauthorized());
			mvc.perform(get("/actuator/health")).andExpect(status().isNotFound());
		});
	}

	@Test
	void anApplicationsChainForEveryRequestTakesTheApiAndIsWarnedAbout(CapturedOutput output) {
		this.runner.withUserConfiguration(UserFilterChain.class).run((context) -> {
			assertThat(context).hasNotFailed().hasSingleBean(JwtDecoder.class);
			mvc(context).perform(get("/api/orders")).andExpect(status().isNotFound());
			assertThat(output).contains("takes every request, including userclouds.resource-server.paths [/api/**], "
					+ "and validates no bearer token there");
		});
	}

	@Test
	void theApiChainRunsOnlyTheFiltersAStatelessBearerApiNeeds() {
		this.runner.run((context) -> {
			List<Class<?>> filters = context.getBean(UserCloudsSecurityFilterChain.class)
				.getFilters()
				.stream()
				.<Class<?>>map(Object::getClass)
				.toList();
			assertThat(filters).contains(BearerTokenAuthenticationFilter.class, HeaderWriterFilter.class,
					SecurityContextHolderFilter.class, WebAsyncManagerIntegrationFilter.class,
					SecurityContextHolderAwareRequestFilter.class, ExceptionTranslationFilter.class,
					AuthorizationFilter.class);
			assertThat(filters).doesNotContain(SessionManagementFilter.class, AnonymousAuthenticationFilter.class,
					CsrfFilter.class, LogoutFilter.class, RequestCacheAwareFilter.class);
		});
	}

	@Test
	void anApplicationsChainGetsTheStarterApiThroughItsConfigurer(CapturedOutput output) {
		this.runner.withUserConfiguration(ApplicationApiChains.Servlet.class).run((context) -> {
			assertThat(context).hasNotFailed();
			mvc(context).perform(get("/api/orders"))
				.andExpect(status().isUnauthorized())
				.andExpect(header().string(HttpHeaders.WWW_AUTHENTICATE, startsWith("Bearer")));
			assertThat(output).doesNotContain("validates no bearer token");
			List<Class<?>> filters = context.getBean("applicationApiChain", SecurityFilterChain.class)
				.getFilters()
				.stream()
				.<Class<?>>map(Object::getClass)
				.toList();
			assertThat(filters).contains(BearerTokenAuthenticationFilter.class).doesNotContain(CsrfFilter.class);
		});
	}

	@Test
	void keepsItsChainNextToAnotherStarterChain() {
		this.runner.withUserConfiguration(OtherStarterChain.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBeansOfType(UserCloudsSecurityFilterChain.class)).hasSize(2);
		});
	}

	@Test
	void leavesMethodSecurityToTheApplicationWhenItEnablesIt() {
		this.runner.withUserConfiguration(UserMethodSecurity.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(MethodSecurityConfiguration.class);
			assertThat(context).hasBean("requireScopesAuthorizationAdvisor");
		});
	}

	@Test
	void outsideAWebApplicationOnlyTheDecoder() {
		new ApplicationContextRunner()
			.withConfiguration(
					AutoConfigurations.of(TenantAutoConfiguration.class, ResourceServerAutoConfiguration.class))
			.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com")
			.run((context) -> {
				assertThat(context).hasNotFailed();
				assertThat(context).hasSingleBean(JwtDecoder.class);
				assertThat(context).doesNotHaveBean(UserCloudsSecurityFilterChain.class);
			});
	}

	@Test
	void symmetricAlgorithmFailsStartupNamingTheProperty() {
		assertStartupFailsNaming("userclouds.resource-server.algorithms=RS256,HS256",
				"userclouds.resource-server.algorithms");
	}

	@Test
	void negativeClockSkewFailsStartupNamingTheProperty() {
		assertStartupFailsNaming("userclouds.resource-server.clock-skew=-5s", "userclouds.resource-server.clock-skew");
	}

	@Test
	void pathWithoutLeadingSlashFailsStartupNamingTheProperty() {
		assertStartupFailsNaming("userclouds.resource-server.paths=api/**", "userclouds.resource-server.paths");
	}

	@Test
	void blankAudienceFailsStartupNamingTheProperty() {
		assertStartupFailsNaming("userclouds.resource-server.audiences=https://orders.example.com, ",
				"userclouds.resource-server.audiences");
	}

	private void assertStartupFailsNaming(String setting, String property) {
		this.runner.withPropertyValues(setting).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'" + property + "'");
			assertThat(analysis.getAction()).contains("'" + property + "'");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserJwtDecoder {

		@Bean
		JwtDecoder userJwtDecoder() {
			return (token) -> {
				throw new UnsupportedOperationException();
			};
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserAuthenticationConverter {

		@Bean
		JwtAuthenticationConverter myConverter() {
			return new JwtAuthenticationConverter();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterChain {

		@Bean
		SecurityFilterChain mine(HttpSecurity http) throws Exception {
			return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class OtherStarterChain {

		@Bean
		UserCloudsSecurityFilterChain loginChain(HttpSecurity http, ObjectProvider<SecurityFilterChain> allChains)
				throws Exception {
			return new UserCloudsSecurityFilterChain(http.securityMatcher("/login/**")
				.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
				.build(), allChains);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableMethodSecurity(securedEnabled = true)
	static class UserMethodSecurity {

	}

	@Configuration(proxyBeanMethods = false)
	static class FirewallConfiguration {

		@Bean
		HttpFirewall applicationFirewall() {
			return new StrictHttpFirewall();
		}

	}

}
