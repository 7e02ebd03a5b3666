package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;

import com.userclouds.spring.autoconfigure.tenant.TenantJwkSource;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * How a bearer token becomes an authenticated caller: the decoder that validates it against the tenant, and the
 * converter that maps its claims to authorities. Each backs off from the application's own bean. The application's
 * {@code OAuth2TokenValidator<Jwt>} beans join the decoder's validators, as with Spring Boot's own resource server, so
 * a rule of its own keeps the starter's type rules, cache and metrics.
 */
@Configuration(proxyBeanMethods = false)
class AccessTokenDecoderConfiguration {

	/** Owned by the login capability; read here so that the login's own ID tokens are refused as access tokens. */
	static final String LOGIN_CLIENT_ID_PROPERTY = "userclouds.login.client-id";

	@Bean
	@ConditionalOnMissingBean(JwtDecoder.class)
	JwtDecoder userCloudsJwtDecoder(UserCloudsTenant tenant, TenantJwkSource userCloudsJwkSource,
			ResourceServerProperties properties, Environment environment,
			ObjectProvider<OAuth2TokenValidator<Jwt>> additionalValidators) {
		Clock clock = Clock.systemUTC();
		List<OAuth2TokenValidator<Jwt>> additional = additionalValidators.orderedStream().toList();
		JwtDecoder decoder = AccessTokenDecoders.create(tenant, userCloudsJwkSource, properties,
				environment.getProperty(LOGIN_CLIENT_ID_PROPERTY), clock, additional);
		return new UserCloudsJwtDecoder(CachingJwtDecoder.ifEnabled(decoder, properties, userCloudsJwkSource, clock));
	}

	@Bean
	@ConditionalOnMissingBean(JwtAuthenticationConverter.class)
	JwtAuthenticationConverter userCloudsJwtAuthenticationConverter(ResourceServerProperties properties) {
		JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
		converter.setJwtGrantedAuthoritiesConverter(new ClaimAuthoritiesConverter(properties.getAuthorities()));
		return converter;
	}

}
