package com.userclouds.spring.autoconfigure.tenant;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;

/**
 * A capability's OAuth 2.0 clients (login, machine-to-machine). All contributions end up in one
 * {@link LazyClientRegistrationRepository}, so Spring Security's client support ({@code oauth2Login},
 * {@code @ClientRegistrationId}, {@code OAuth2AuthorizedClientManager}) sees every client of the tenant in one place.
 */
@FunctionalInterface
public interface ClientRegistrationContributor {

	/**
	 * @return registration id to a function that builds the registration on first use (it may call discovery and
	 * throw {@link TenantUnavailableException})
	 */
	Map<String, Supplier<ClientRegistration>> registrations();

}
