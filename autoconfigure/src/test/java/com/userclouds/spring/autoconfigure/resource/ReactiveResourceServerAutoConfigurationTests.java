package com.userclouds.spring.autoconfigure.resource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import reactor.core.publisher.Mono;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

import com.userclouds.spring.autoconfigure.UserCloudsPropertyFailureAnalyzer;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityWebFilterChain;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every condition and back-off of the resource server in a reactive application. The tenant URL points nowhere:
 * nothing here may call the tenant.
 */
class ReactiveResourceServerAutoConfigurationTests {

	private final ReactiveWebApplicationContextRunner runner = new ReactiveWebApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class, ResourceServerAutoConfiguration.class,
				ReactiveWebSecurityAutoConfiguration.class))
		.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com");

	@Test
	void protectsTheApiWithTheServletSidesDecoderBehindAReactiveOne() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ReactiveJwtDecoder.class)).isInstanceOf(OffloadingReactiveJwtDecoder.class);
			assertThat(context.getBean(JwtDecoder.class)).isInstanceOfSatisfying(UserCloudsJwtDecoder.class,
					(decoder) -> assertThat(decoder.cacheStatistics()).isPresent());
			assertThat(context).hasSingleBean(UserCloudsSecurityWebFilterChain.class);
			assertThat(context).hasSingleBean(RequireScopesHandlerAdapter.class);
			assertThat(context).hasSingleBean(ReactiveResourceServerConfiguration.ReactiveMethodSecurityConfiguration.class);
			assertThat(context).hasSingleBean(ServerWebExchangeFirewall.class);
			assertThat(context.getBean(WebFilterChainProxy.class)).extracting("firewall")
				.isSameAs(context.getBean(ServerWebExchangeFirewall.class));
			// nothing of the servlet stack
			assertThat(context).doesNotHaveBean(UserCloudsSecurityFilterChain.class);
			assertThat(context).doesNotHaveBean("requireScopesAuthorizationAdvisor");
			assertThat(context).doesNotHaveBean(MethodSecurityConfiguration.class);
		});
	}

	@Test
	void switchedOffByProperty() {
		this.runner.withPropertyValues("userclouds.resource-server.enabled=false").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).doesNotHaveBean(ReactiveJwtDecoder.class);
			assertThat(context).doesNotHaveBean(UserCloudsSecurityWebFilterChain.class);
			assertThat(context).doesNotHaveBean(RequireScopesHandlerAdapter.class);
		});
	}

	@Test
	void backsOffFromTheApplicationsReactiveJwtDecoder() {
		this.runner.withUserConfiguration(UserReactiveJwtDecoder.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
			assertThat(context).hasBean("userReactiveJwtDecoder");
			assertThat(context).hasSingleBean(UserCloudsSecurityWebFilterChain.class);
		});
	}

	@Test
	void wrapsTheApplicationsJwtDecoder() {
		this.runner.withUserConfiguration(ResourceServerAutoConfigurationTests.UserJwtDecoder.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(ReactiveJwtDecoder.class)).isInstanceOf(OffloadingReactiveJwtDecoder.class);
			assertThat(context.getBean(JwtDecoder.class)).isSameAs(context.getBean("userJwtDecoder"));
		});
	}

	@Test
	void dpopFailsStartupNamingTheProperty() {
		this.runner.withPropertyValues("userclouds.resource-server.dpop.enabled=true")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("userclouds.resource-server.dpop.enabled"));
	}

	@Test
	void yieldsToAnApplicationsChainForEveryExchange() {
		this.runner.withUserConfiguration(UserFilterChain.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ReactiveJwtDecoder.class);
			assertThat(context).hasSingleBean(RequireScopesHandlerAdapter.class);
			assertThat(takes(context.getBean(UserCloudsSecurityWebFilterChain.class), "/api/orders")).isFalse();
		});
	}

	@Test
	void yieldsToTheApplicationsChainOnlyOnThePathsItTakes() {
		this.runner.withUserConfiguration(ActuatorChain.class).run((context) -> {
			UserCloudsSecurityWebFilterChain api = context.getBean(UserCloudsSecurityWebFilterChain.class);
			assertThat(takes(api, "/api/orders")).isTrue();
			assertThat(takes(api, "/actuator/health")).isFalse();
		});
	}

	private static boolean takes(SecurityWebFilterChain chain, String path) {
		return chain.matches(MockServerWebExchange.from(MockServerHttpRequest.get(path))).block();
	}

	@Test
	void backsOffFromTheApplicationsFirewall() {
		this.runner.withUserConfiguration(UserFirewall.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context).hasSingleBean(ServerWebExchangeFirewall.class);
			assertThat(context).hasBean("userFirewall");
		});
	}

	@Test
	void leavesMethodSecurityToTheApplicationWhenItEnablesIt() {
		this.runner.withUserConfiguration(UserMethodSecurity.class).run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context)
				.doesNotHaveBean(ReactiveResourceServerConfiguration.ReactiveMethodSecurityConfiguration.class);
			assertThat(context).hasSingleBean(RequireScopesHandlerAdapter.class);
		});
	}

	@ParameterizedTest
	@CsvSource({ "userclouds.resource-server.paths=api/**, userclouds.resource-server.paths",
			"'userclouds.resource-server.algorithms=RS256,HS256', userclouds.resource-server.algorithms",
			"userclouds.resource-server.clock-skew=-5s, userclouds.resource-server.clock-skew",
			"userclouds.resource-server.cache.max-size=0, userclouds.resource-server.cache.max-size",
			"'userclouds.resource-server.audiences=https://orders.example.com, ', userclouds.resource-server.audiences" })
	void badSettingFailsStartupNamingTheProperty(String setting, String property) {
		this.runner.withPropertyValues(setting).run((context) -> {
			assertThat(context).hasFailed();
			FailureAnalysis analysis = new UserCloudsPropertyFailureAnalyzer().analyze(context.getStartupFailure());
			assertThat(analysis).isNotNull();
			assertThat(analysis.getDescription()).contains("'" + property + "'");
			assertThat(analysis.getAction()).contains("'" + property + "'");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class UserReactiveJwtDecoder {

		@Bean
		ReactiveJwtDecoder userReactiveJwtDecoder() {
			return (token) -> Mono.error(new UnsupportedOperationException());
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFilterChain {

		@Bean
		SecurityWebFilterChain mine(ServerHttpSecurity http) {
			return http.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll()).build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class ActuatorChain {

		@Bean
		SecurityWebFilterChain actuator(ServerHttpSecurity http) {
			return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/actuator/**"))
				.authorizeExchange((exchanges) -> exchanges.anyExchange().permitAll())
				.build();
		}

	}

	@Configuration(proxyBeanMethods = false)
	static class UserFirewall {

		@Bean
		ServerWebExchangeFirewall userFirewall() {
			return ServerWebExchangeFirewall.INSECURE_NOOP;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@EnableReactiveMethodSecurity
	static class UserMethodSecurity {

	}

}
