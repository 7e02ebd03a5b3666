package com.userclouds.spring.autoconfigure.resource;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;

/**
 * The reactive counterpart of {@link UserCloudsResourceServer}: makes a {@code SecurityWebFilterChain} a stateless API
 * protected by the tenant's access tokens, as the starter's own reactive API chain is (token rules, validated-token
 * cache and metrics through the starter's decoder, its bearer header grammar, RFC 6750 answers). {@link ServerHttpSecurity}
 * has no configurer API, so this is a {@link Customizer} bean, built by the starter from its collaborators, for an
 * application's own chain to apply:
 *
 * <pre class="code">
 * &#64;Bean
 * SecurityWebFilterChain api(ServerHttpSecurity http, UserCloudsReactiveResourceServer userClouds) {
 *     http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/api/**"))
 *         .authorizeExchange((exchanges) -&gt; exchanges.anyExchange().authenticated());
 *     userClouds.customize(http);
 *     return http.build();
 * }
 * </pre>
 *
 * The chain's authorization rules stay the application's.
 */
public final class UserCloudsReactiveResourceServer implements Customizer<ServerHttpSecurity> {

	private final ReactiveJwtDecoder decoder;

	private final ReactiveJwtAuthenticationConverterAdapter authenticationConverter;

	private final ServerAuthenticationConverter tokenConverter;

	UserCloudsReactiveResourceServer(ReactiveJwtDecoder decoder, JwtAuthenticationConverter authenticationConverter,
			ServerAuthenticationConverter tokenConverter) {
		this.decoder = decoder;
		this.authenticationConverter = new ReactiveJwtAuthenticationConverterAdapter(authenticationConverter);
		this.tokenConverter = tokenConverter;
	}

	@Override
	public void customize(ServerHttpSecurity http) {
		BearerTokenServerAuthenticationEntryPoint entryPoint = new BearerTokenServerAuthenticationEntryPoint();
		ServerAuthenticationFailureHandler failureHandler = (exchange, exception) -> entryPoint
			.commence(exchange.getExchange(), BearerTokenAnswers.clientFacing(exception));
		ServerAccessDeniedHandler accessDeniedHandler = scopeAccessDeniedHandler(entryPoint);
		// no session and no cookie carry the credential: a browser never sends a bearer token on its own, so
		// cross-site request forgery has nothing to forge, and nothing is kept between requests
		http.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenConverter(this.tokenConverter)
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler)
				.authenticationFailureHandler(failureHandler)
				.jwt((jwt) -> jwt.jwtDecoder(this.decoder).jwtAuthenticationConverter(this.authenticationConverter)));
	}

	private static ServerAccessDeniedHandler scopeAccessDeniedHandler(BearerTokenServerAuthenticationEntryPoint entryPoint) {
		ServerAccessDeniedHandler otherwise = new BearerTokenServerAccessDeniedHandler();
		return (exchange, denied) -> {
			OAuth2AuthenticationException insufficientScope = BearerTokenAnswers.insufficientScope(denied);
			return (insufficientScope != null) ? entryPoint.commence(exchange, insufficientScope)
					: otherwise.handle(exchange, denied);
		};
	}

}
