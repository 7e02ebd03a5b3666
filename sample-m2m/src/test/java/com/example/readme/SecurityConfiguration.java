package com.example.readme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.userclouds.spring.autoconfigure.resource.UserCloudsResourceServer;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain api(HttpSecurity http) throws Exception {
		http.securityMatcher("/api/**")
			.with(UserCloudsResourceServer.userCloudsResourceServer(), Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests
				.requestMatchers(HttpMethod.GET, "/api/catalog/**").permitAll()   // your rules
				.anyRequest().authenticated());
		return http.build();
	}

}
