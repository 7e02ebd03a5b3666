package com.userclouds.spring.autoconfigure.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;

/**
 * The login filter chain: every request the resource-server chain does not take, through {@link UserCloudsLogin}.
 * Public paths are open, the rest needs a logged-in user. Yields, request by request, to the application's own
 * filter chains ({@link UserCloudsSecurityFilterChain}).
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

	@Bean
	@Order(UserCloudsSecurityFilterChain.LOGIN_ORDER)
	UserCloudsSecurityFilterChain userCloudsLoginSecurityFilterChain(HttpSecurity http, LoginProperties properties,
			ObjectProvider<SecurityFilterChain> allChains) throws Exception {
		http.with(UserCloudsLogin.userCloudsLogin(), Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(properties.getPublicPaths().toArray(String[]::new))
				.permitAll()
				.requestMatchers(LoginPages.LOGIN_PATH)
				.permitAll()
				.anyRequest()
				.authenticated());
		return new UserCloudsSecurityFilterChain(http.build(), allChains);
	}

}
