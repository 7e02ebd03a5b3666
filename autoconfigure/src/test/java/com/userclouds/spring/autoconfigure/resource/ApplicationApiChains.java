package com.userclouds.spring.autoconfigure.resource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;

/**
 * An application's own chain for the API, with the starter's configurer: the starter's chain yields to it, and the
 * whole {@link ResourceServerIntegrationTests} suite must still pass through it.
 */
final class ApplicationApiChains {

	private ApplicationApiChains() {
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Servlet {

		@Bean
		SecurityFilterChain applicationApiChain(HttpSecurity http) throws Exception {
			return http.securityMatcher("/api/**")
				.with(UserCloudsResourceServer.userCloudsResourceServer(), Customizer.withDefaults())
				.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
				.build();
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Reactive {

		@Bean
		SecurityWebFilterChain applicationApiChain(ServerHttpSecurity http,
				UserCloudsReactiveResourceServer userClouds) {
			http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
				.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated());
			userClouds.customize(http);
			return http.build();
		}

	}

}
