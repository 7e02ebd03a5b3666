package com.userclouds.spring.autoconfigure.m2m;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.web.client.RestClient;

import com.userclouds.spring.autoconfigure.login.LoginAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

/**
 * Machine-to-machine clients: cached client-credentials tokens and HTTP clients that send them ({@code RestClient}s,
 * and {@code WebClient}s where WebClient is present), for both stacks from one token cache. Nothing is registered
 * unless clients are declared under {@code userclouds.m2m.clients}. Runs after Spring Boot's reactive OAuth2 client
 * configuration to see the application's reactive client registrations, if it has any.
 */
@AutoConfiguration(after = { TenantAutoConfiguration.class, LoginAutoConfiguration.class },
		afterName = "org.springframework.boot.security.oauth2.client.autoconfigure.reactive.ReactiveOAuth2ClientAutoConfiguration",
		before = ClientRegistrationsAutoConfiguration.class)
@ConditionalOnClass({ RestClientClientCredentialsTokenResponseClient.class, RestClient.class })
@Conditional(OnM2mClientsCondition.class)
@EnableConfigurationProperties(M2mProperties.class)
@Import({ M2mTokensConfiguration.class, M2mRestClientsConfiguration.class,
		M2mAuthorizedClientManagerConfiguration.class, M2mWebClientsConfiguration.class,
		M2mReactiveTokensConfiguration.class, M2mReactiveAuthorizedClientManagerConfiguration.class })
public class M2mAutoConfiguration {

}
