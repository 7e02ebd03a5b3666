package com.userclouds.spring.autoconfigure.resource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;

/**
 * The filter chain of the API paths: {@link UserCloudsResourceServer}, and every request needs a valid access token.
 * Yields, request by request, to the application's own {@link SecurityFilterChain}s ({@link UserCloudsSecurityFilterChain}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpSecurity.class)
class ResourceServerSecurityFilterChainConfiguration {

	@Bean
	@Order(UserCloudsSecurityFilterChain.RESOURCE_SERVER_ORDER)
	UserCloudsSecurityFilterChain userCloudsResourceServerSecurityFilterChain(HttpSecurity http,
			ResourceServerProperties properties, ObjectProvider<SecurityFilterChain> allChains) throws Exception {
		http.securityMatcher(ResourceServerPaths.of(properties))
			.with(UserCloudsResourceServer.userCloudsResourceServer(), Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated());
		return new UserCloudsSecurityFilterChain(http.build(), allChains);
	}

	@Bean
	UnprotectedApiPathsWarning userCloudsUnprotectedApiPathsWarning(ObjectProvider<SecurityFilterChain> chains,
			ResourceServerProperties properties) {
		return new UnprotectedApiPathsWarning(chains, properties.getPaths());
	}

}
