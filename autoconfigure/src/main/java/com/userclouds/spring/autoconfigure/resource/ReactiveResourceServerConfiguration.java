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
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.web.server.authentication.ServerBearerTokenAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.reactive.result.method.annotation.RequestMappingHandlerAdapter;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;
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

	/** The API chain's configuration, for the starter's chain and an application's own. */
	@Bean
	UserCloudsReactiveResourceServer userCloudsReactiveResourceServer(ReactiveJwtDecoder decoder,
			JwtAuthenticationConverter authenticationConverter,
			ObjectProvider<ServerBearerTokenAuthenticationConverter> bearerTokenConverter,
			ResourceServerProperties properties) {
		if (properties.getDpop().isEnabled()) {
			// Spring Security 7.1 checks DPoP proofs on the servlet stack only
			throw new InvalidUserCloudsPropertyException("userclouds.resource-server.dpop.enabled", true,
					"userclouds.resource-server.dpop.enabled: DPoP-bound access tokens are supported on the servlet stack only",
					"Remove the property: on WebFlux DPoP-bound tokens are refused");
		}
		ServerAuthenticationConverter applicationConverter = bearerTokenConverter.getIfAvailable();
		return new UserCloudsReactiveResourceServer(decoder, authenticationConverter,
				(applicationConverter != null) ? applicationConverter : new SingleAuthorizationHeaderBearerTokenConverter());
	}

	/**
	 * The API paths' chain: {@link UserCloudsReactiveResourceServer}, and every exchange needs a valid access token.
	 * Yields, exchange by exchange, to the application's own {@link SecurityWebFilterChain}s
	 * ({@link UserCloudsSecurityWebFilterChain}).
	 */
	@Bean
	@Order(UserCloudsSecurityFilterChain.RESOURCE_SERVER_ORDER)
	UserCloudsSecurityWebFilterChain userCloudsResourceServerSecurityWebFilterChain(ServerHttpSecurity http,
			UserCloudsReactiveResourceServer resourceServer, ResourceServerProperties properties,
			ObjectProvider<SecurityWebFilterChain> allChains) {
		http.securityMatcher(ServerWebExchangeMatchers.pathMatchers(ResourceServerPaths.of(properties)))
			.authorizeExchange((exchanges) -> exchanges.anyExchange().authenticated());
		resourceServer.customize(http);
		return new UserCloudsSecurityWebFilterChain(http.build(), allChains);
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
