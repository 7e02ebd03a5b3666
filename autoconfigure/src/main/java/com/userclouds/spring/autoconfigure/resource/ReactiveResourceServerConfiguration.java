package com.userclouds.spring.autoconfigure.resource;

import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableReactiveMethodSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.oauth2.server.resource.web.server.BearerTokenServerAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.access.server.BearerTokenServerAccessDeniedHandler;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityWebFilterChain;

/**
 * The resource server on the reactive stack, built from the servlet stack's pieces: its {@link JwtDecoder} (token
 * rules, cache, metrics) behind an {@link OffloadingReactiveJwtDecoder}, its authorities converter, its bearer header
 * grammar, its RFC 6750 answers ({@link BearerTokenAnswers}) and its fast firewall header checks. Only the glue to
 * WebFlux is reactive.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ ServerHttpSecurity.class, ReactiveJwtDecoder.class })
class ReactiveResourceServerConfiguration {

	@Bean
	@ConditionalOnMissingBean(ReactiveJwtDecoder.class)
	ReactiveJwtDecoder userCloudsReactiveJwtDecoder(JwtDecoder userCloudsJwtDecoder) {
		return new OffloadingReactiveJwtDecoder(userCloudsJwtDecoder, Schedulers.boundedElastic());
	}

	/**
	 * The API paths' chain: stateless, every request needs a valid access token, RFC 6750 answers. Yields, exchange by
	 * exchange, to the application's own {@link SecurityWebFilterChain}s ({@link UserCloudsSecurityWebFilterChain}).
	 */
	@Bean
	@Order(UserCloudsSecurityFilterChain.RESOURCE_SERVER_ORDER)
	UserCloudsSecurityWebFilterChain userCloudsResourceServerSecurityWebFilterChain(ServerHttpSecurity http,
			ReactiveJwtDecoder decoder, JwtAuthenticationConverter authenticationConverter,
			ResourceServerProperties properties,
			ObjectProvider<ServerBearerTokenAuthenticationConverter> bearerTokenConverter,
			ObjectProvider<SecurityWebFilterChain> allChains) {
		BearerTokenServerAuthenticationEntryPoint entryPoint = new BearerTokenServerAuthenticationEntryPoint();
		ServerAuthenticationFailureHandler failureHandler = (exchange, exception) -> entryPoint
			.commence(exchange.getExchange(), BearerTokenAnswers.clientFacing(exception));
		ServerAccessDeniedHandler accessDeniedHandler = scopeAccessDeniedHandler(entryPoint);
		ServerAuthenticationConverter applicationConverter = bearerTokenConverter.getIfAvailable();
		ServerAuthenticationConverter tokenConverter = (applicationConverter != null) ? applicationConverter
				: new SingleAuthorizationHeaderBearerTokenConverter();
		http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(ResourceServerPaths.of(properties)))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated())
			// no session and no cookie carry the credential: a browser never sends a bearer token on its own, so
			// cross-site request forgery has nothing to forge, and nothing is kept between requests
			.csrf(ServerHttpSecurity.CsrfSpec::disable)
			.requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
			.securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
			.logout(ServerHttpSecurity.LogoutSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler))
			.oauth2ResourceServer((resourceServer) -> resourceServer.bearerTokenConverter(tokenConverter)
				.authenticationEntryPoint(entryPoint)
				.accessDeniedHandler(accessDeniedHandler)
				.authenticationFailureHandler(failureHandler)
				.jwt((jwt) -> jwt.jwtDecoder(decoder)
					.jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(authenticationConverter))));
		return new UserCloudsSecurityWebFilterChain(http.build(), allChains);
	}

	private static ServerAccessDeniedHandler scopeAccessDeniedHandler(BearerTokenServerAuthenticationEntryPoint entryPoint) {
		ServerAccessDeniedHandler otherwise = new BearerTokenServerAccessDeniedHandler();
		return (exchange, denied) -> {
			OAuth2AuthenticationException insufficientScope = BearerTokenAnswers.insufficientScope(denied);
			return (insufficientScope != null) ? entryPoint.commence(exchange, insufficientScope)
					: otherwise.handle(exchange, denied);
		};
	}

	/**
	 * Spring Security's firewall with the servlet side's fast header checks ({@link PrintableAsciiFirstHeaderCheck}):
	 * the stock ones run Unicode regular expressions over every header the application reads, the bearer token
	 * included.
	 */
	@Bean
	@ConditionalOnMissingBean(ServerWebExchangeFirewall.class)
	StrictServerWebExchangeFirewall userCloudsServerWebExchangeFirewall() {
		StrictServerWebExchangeFirewall firewall = new StrictServerWebExchangeFirewall();
		firewall.setAllowedHeaderNames(
				PrintableAsciiFirstHeaderCheck.names(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES));
		firewall.setAllowedHeaderValues(
				PrintableAsciiFirstHeaderCheck.values(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES));
		return firewall;
	}

	/** Enforces {@link RequireScopes} on handler methods; an infrastructure bean, as WebFlux's own adapters are. */
	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean
	static RequireScopesHandlerAdapter requireScopesHandlerAdapter(
			ObjectProvider<RequestMappingHandlerAdapter> handlerMethods) {
		return new RequireScopesHandlerAdapter(handlerMethods);
	}

	/**
	 * Enables Spring Security's reactive method security, so that {@code @PreAuthorize} works on methods that
	 * return a {@code Publisher}, unless the application enables it itself.
	 */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnMissingBean(annotation = EnableReactiveMethodSecurity.class)
	@EnableReactiveMethodSecurity
	static class ReactiveMethodSecurityConfiguration {

	}

}
