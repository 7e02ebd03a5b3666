package com.userclouds.spring.autoconfigure.tenant;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;

/**
 * The starter's client registrations for Spring Security's reactive client support. Written by hand: Spring
 * Security's {@code InMemoryReactiveClientRegistrationRepository} wants every registration, endpoints included, at
 * startup, while the starter's are built on first use and that build may ask the tenant's discovery endpoint
 * (blocking I/O). So a registration not built yet is looked up on the bounded-elastic scheduler, never on the
 * subscriber's (event-loop) thread; once built it is answered at once.
 */
public final class NonBlockingClientRegistrationRepository implements ReactiveClientRegistrationRepository {

	private final ClientRegistrationRepository registrations;

	private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();

	public NonBlockingClientRegistrationRepository(ClientRegistrationRepository registrations) {
		this.registrations = registrations;
	}

	@Override
	public Mono<ClientRegistration> findByRegistrationId(String registrationId) {
		ClientRegistration registration = this.built.get(registrationId);
		if (registration != null) {
			return Mono.just(registration);
		}
		return Mono.fromCallable(() -> this.registrations.findByRegistrationId(registrationId))
			.subscribeOn(Schedulers.boundedElastic())
			.doOnNext((found) -> this.built.put(registrationId, found));
	}

}
