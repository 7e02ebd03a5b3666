package com.userclouds.spring.autoconfigure.tenant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * One client registration repository for every client the capabilities contribute. Runs after them so that it sees
 * their contributors, and before Spring Boot's OAuth2 client auto-configuration, which backs off from it.
 */
@AutoConfiguration(after = TenantAutoConfiguration.class,
		afterName = { "com.userclouds.spring.autoconfigure.login.LoginAutoConfiguration",
				"com.userclouds.spring.autoconfigure.m2m.M2mAutoConfiguration" },
		beforeName = "org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration")
@ConditionalOnClass(ClientRegistrationRepository.class)
public class ClientRegistrationsAutoConfiguration {

	@Bean
	@ConditionalOnBean(ClientRegistrationContributor.class)
	@ConditionalOnMissingBean(ClientRegistrationRepository.class)
	LazyClientRegistrationRepository userCloudsClientRegistrationRepository(
			ObjectProvider<ClientRegistrationContributor> contributors) {
		Map<String, Supplier<ClientRegistration>> all = new LinkedHashMap<>();
		contributors.orderedStream().forEach((contributor) -> contributor.registrations().forEach((id, factory) -> {
			if (all.putIfAbsent(id, factory) != null) {
				throw new IllegalStateException("Two UserClouds clients are named '" + id
						+ "': rename one (login uses 'userclouds'; M2M clients use their key under userclouds.m2m.clients)");
			}
		}));
		return new LazyClientRegistrationRepository(all);
	}

}
