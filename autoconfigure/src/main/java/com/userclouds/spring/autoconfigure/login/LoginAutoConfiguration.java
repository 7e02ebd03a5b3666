package com.userclouds.spring.autoconfigure.login;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.registration.ClientRegistration;

import com.userclouds.spring.autoconfigure.resource.ResourceServerProperties;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

/**
 * User login for web applications, servlet or reactive, on when {@code userclouds.login.client-id} is set (and
 * {@code userclouds.login.enabled} is not false) and Spring Security's OAuth2 client is present. Runs before Spring
 * Boot's security auto-configurations, which back off from the login filter chain and the client beans it declares.
 */
@AutoConfiguration(after = TenantAutoConfiguration.class,
		beforeName = { "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration",
				"org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration",
				"org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientWebSecurityAutoConfiguration" })
@ConditionalOnWebApplication
@ConditionalOnClass(ClientRegistration.class)
@ConditionalOnProperty(prefix = "userclouds.login", name = "client-id")
@ConditionalOnBooleanProperty(name = "userclouds.login.enabled", matchIfMissing = true)
// the resource server's algorithms are the ID tokens' too, with or without the resource server
@EnableConfigurationProperties({ LoginProperties.class, ResourceServerProperties.class })
@Import({ LoginClientConfiguration.class, ServletLoginConfiguration.class, ReactiveLoginConfiguration.class })
public class LoginAutoConfiguration {

}
