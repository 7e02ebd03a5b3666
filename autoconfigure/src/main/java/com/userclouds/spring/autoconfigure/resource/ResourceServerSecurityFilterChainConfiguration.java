package com.userclouds.spring.autoconfigure.resource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;

/**
 * The filter chain of the API paths: stateless, every request needs a valid access token, RFC 6750 answers.
 * Backs off when the application declares a {@link SecurityFilterChain} of its own.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(HttpSecurity.class)
class ResourceServerSecurityFilterChainConfiguration {

	@Bean
	@Order(UserCloudsSecurityFilterChain.RESOURCE_SERVER_ORDER)
	@ConditionalOnMissingBean(value = SecurityFilterChain.class, ignored = UserCloudsSecurityFilterChain.class)
	UserCloudsSecurityFilterChain userCloudsResourceServerSecurityFilterChain(HttpSecurity http, JwtDecoder decoder,
			JwtAuthenticationConverter authenticationConverter, ResourceServerProperties properties,
			ObjectProvider<BearerTokenResolver> bearerTokenResolver) throws Exception {
		BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
		ScopeAccessDeniedHandler accessDeniedHandler = new ScopeAccessDeniedHandler(entryPoint);
		BearerTokenFailureHandler failureHandler = new BearerTokenFailureHandler(entryPoint);
		http.securityMatcher(ResourceServerPaths.of(properties))
			.authorizeHttpRequests((requests) -> requests.anyRequest().authenticated())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			// no session and no cookie carry the credential: a browser never sends a bearer token on its own, so
			// cross-site request forgery has nothing to forge
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			// nothing to log out of without a session; one filter fewer on every API request
			.logout(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.oauth2ResourceServer((resourceServer) -> resourceServer
				.bearerTokenResolver(bearerTokenResolver.getIfAvailable(SingleAuthorizationHeaderBearerTokenResolver::new))
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler)
				.jwt((jwt) -> jwt.decoder(decoder).jwtAuthenticationConverter(authenticationConverter))
				.withObjectPostProcessor(new ObjectPostProcessor<BearerTokenAuthenticationFilter>() {
					@Override
					public <O extends BearerTokenAuthenticationFilter> O postProcess(O filter) {
						filter.setAuthenticationFailureHandler(failureHandler);
						return filter;
					}
				}));
		return new UserCloudsSecurityFilterChain(http.build());
	}

}
