package com.userclouds.spring.autoconfigure.testsupport;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** An application's chain for {@code /actuator/**} only, open: the starter's chains must keep every other path. */
@Configuration(proxyBeanMethods = false)
public class ActuatorSecurityFilterChain {

	@Bean
	SecurityFilterChain actuator(HttpSecurity http) throws Exception {
		return http.securityMatcher("/actuator/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.build();
	}

}
