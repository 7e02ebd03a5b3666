package com.userclouds.spring.autoconfigure.tenant;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * Client registrations built on first use. Spring Security's {@code InMemoryClientRegistrationRepository} wants every
 * registration, endpoints included, at startup; the endpoints may come from discovery, and an application must start
 * while its tenant is unreachable. A registration whose build fails (tenant unavailable) is built again on the next
 * lookup; one that succeeded is kept.
 */
public class LazyClientRegistrationRepository implements ClientRegistrationRepository, Iterable<ClientRegistration> {

	private final Map<String, Supplier<ClientRegistration>> factories;

	private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();

	/**
	 * @param factories registration id to the function that builds it; may throw
	 * {@link TenantUnavailableException}
	 */
	public LazyClientRegistrationRepository(Map<String, Supplier<ClientRegistration>> factories) {
		this.factories = new LinkedHashMap<>(factories);
	}

	/**
	 * @throws TenantUnavailableException if the registration's endpoints cannot be resolved now
	 */
	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		ClientRegistration registration = this.built.get(registrationId);
		if (registration != null) {
			return registration;
		}
		Supplier<ClientRegistration> factory = this.factories.get(registrationId);
		if (factory == null) {
			return null;
		}
		return this.built.computeIfAbsent(registrationId, (id) -> factory.get());
	}

	/**
	 * Iterates over all registrations, building any not built yet.
	 */
	@Override
	public Iterator<ClientRegistration> iterator() {
		return this.factories.keySet().stream().map(this::findByRegistrationId).iterator();
	}

}
