package com.userclouds.spring.autoconfigure.resource;

import org.springframework.context.ApplicationContext;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

/**
 * Makes a filter chain a stateless API protected by the tenant's access tokens, exactly as the starter's own API chain
 * is: the starter's {@link JwtDecoder} (token-type rules, validated-token cache, metrics), its authorities, its
 * bearer header grammar, and RFC 6750 answers (401 {@code invalid_token} with a short description, also while the
 * tenant is down; 403 {@code insufficient_scope} with {@code scope=} for {@link RequireScopes}). For an application
 * that declares its own {@code SecurityFilterChain} and wants to keep all of that:
 *
 * <pre class="code">
 * &#64;Bean
 * SecurityFilterChain api(HttpSecurity http) throws Exception {
 *     http.securityMatcher("/api/**")
 *         .with(UserCloudsResourceServer.userCloudsResourceServer(), Customizer.withDefaults())
 *         .authorizeHttpRequests((requests) -&gt; requests.anyRequest().authenticated());
 *     return http.build();
 * }
 * </pre>
 *
 * The chain's authorization rules stay the application's. What a stateless bearer API does not need is left out, one
 * filter fewer each on every request: no session (the security context lives in a request attribute, so async and
 * error dispatches still see it), no CSRF protection (no cookie carries the credential, so there is nothing to
 * forge), no request cache, no logout, and no anonymous user (a request without a token reaches the entry point and
 * its 401 {@code WWW-Authenticate: Bearer}). Its collaborators are the application context's beans, found when the
 * chain is built.
 */
public final class UserCloudsResourceServer extends AbstractHttpConfigurer<UserCloudsResourceServer, HttpSecurity> {

	private UserCloudsResourceServer() {
	}

	/** A configurer for {@link HttpSecurity#with}. */
	public static UserCloudsResourceServer userCloudsResourceServer() {
		return new UserCloudsResourceServer();
	}

	@Override
	public void init(HttpSecurity http) {
		// other configurers can only be added or removed here, before the chain is configured
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		BearerTokenAuthenticationEntryPoint entryPoint = new BearerTokenAuthenticationEntryPoint();
		ScopeAccessDeniedHandler accessDeniedHandler = new ScopeAccessDeniedHandler(entryPoint);
		BearerTokenFailureHandler failureHandler = new BearerTokenFailureHandler(entryPoint);
		BearerTokenResolver tokenResolver = context.getBeanProvider(BearerTokenResolver.class)
			.getIfAvailable(SingleAuthorizationHeaderBearerTokenResolver::new);
		JwtDecoder decoder = context.getBean(JwtDecoder.class);
		JwtAuthenticationConverter authenticationConverter = context.getBean(JwtAuthenticationConverter.class);
		boolean dpop = context.getBean(ResourceServerProperties.class).getDpop().isEnabled();
		http.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext((securityContext) -> securityContext
				.securityContextRepository(new RequestAttributeSecurityContextRepository()))
			.csrf(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenResolver(tokenResolver)
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
		if (dpop) {
			// Authorization: DPoP, through the same decoder, then the proof of the token's key (RFC 9449)
			http.oauth2ResourceServer((resourceServer) -> resourceServer.dPoP(Customizer.withDefaults()));
		}
	}

}
