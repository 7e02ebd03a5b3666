package com.userclouds.spring.autoconfigure.resource;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;

import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

/**
 * Protects the application's API ({@code userclouds.resource-server.paths}) with the tenant's access tokens and
 * enforces {@link RequireScopes}, on the servlet or the reactive stack, whichever the application runs. Runs before
 * Spring Boot's security auto-configurations so that their defaults (a generated user, a form-login chain, their own
 * resource-server chain) back off from the beans declared here.
 */
@AutoConfiguration(after = TenantAutoConfiguration.class, beforeName = {
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.OAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.OAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.reactive.ReactiveOAuth2ResourceServerAutoConfiguration",
		"org.springframework.boot.security.oauth2.server.resource.autoconfigure.web.reactive.ReactiveOAuth2ResourceServerWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration" })
@ConditionalOnClass({ JwtDecoder.class, BearerTokenAuthenticationToken.class })
@ConditionalOnBooleanProperty(name = "userclouds.resource-server.enabled", matchIfMissing = true)
@EnableConfigurationProperties(ResourceServerProperties.class)
@Import({ AccessTokenDecoderConfiguration.class, ResourceServerSecurityFilterChainConfiguration.class,
		HttpFirewallConfiguration.class, RequireScopesConfiguration.class, MethodSecurityConfiguration.class,
		ReactiveResourceServerConfiguration.class })
public class ResourceServerAutoConfiguration {

}
