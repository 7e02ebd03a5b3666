package com.example.readme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

import com.userclouds.spring.autoconfigure.login.UserCloudsReactiveLogin;

@Configuration(proxyBeanMethods = false)
class PagesSecurity {

	@Bean
	SecurityWebFilterChain pages(ServerHttpSecurity http, UserCloudsReactiveLogin userClouds) {
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers("/", "/about").permitAll()
			.anyExchange().authenticated());
		userClouds.customize(http);                          // login, its pages, its callback, logout
		return http.build();
	}

}
