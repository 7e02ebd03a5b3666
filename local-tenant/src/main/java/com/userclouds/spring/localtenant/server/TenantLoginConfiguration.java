package com.userclouds.spring.localtenant.server;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * The tenant's own pages: Spring Security's login form (fields {@code username} and {@code password}) for the dev
 * users, and UserClouds' {@code GET /logout?client_id=&redirect_url=}.
 */
@Configuration(proxyBeanMethods = false)
class TenantLoginConfiguration {

	@Bean
	@Order(2)
	SecurityFilterChain tenantLoginFilterChain(HttpSecurity http, RegisteredClientRepository clients) {
		http.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.formLogin((login) -> login.permitAll())
			.logout((logout) -> logout
				.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/logout"))
				.logoutSuccessHandler(new TenantLogoutSuccessHandler(clients))
				.deleteCookies(LocalTenantServer.SESSION_COOKIE));
		return http.build();
	}

	@Bean
	DevUsers devUsers(LocalTenantSettings settings) {
		return new DevUsers(settings.properties().getUsers());
	}

}
