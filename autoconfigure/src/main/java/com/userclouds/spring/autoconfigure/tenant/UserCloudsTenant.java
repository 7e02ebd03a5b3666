package com.userclouds.spring.autoconfigure.tenant;

import java.net.URI;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import com.nimbusds.jose.util.ResourceRetriever;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;

/**
 * The tenant the application trusts: its issuer and its endpoints. An endpoint configured under
 * {@code userclouds.endpoints.*} is used as is; the others are read from discovery when first asked for. Asking for an
 * endpoint while the tenant is unreachable throws {@link TenantUnavailableException}. The first successful read of
 * discovery is published as a {@link TenantDiscoveredEvent}.
 */
public class UserCloudsTenant implements ApplicationEventPublisherAware {

	private final String issuer;

	private final UserCloudsProperties.Endpoints overrides;

	private final TenantDiscovery discovery;

	private final AtomicBoolean discoveryPublished = new AtomicBoolean();

	private volatile ApplicationEventPublisher events = (event) -> {
	};

	public UserCloudsTenant(UserCloudsProperties properties, ResourceRetriever retriever) {
		this(properties, retriever, Clock.systemUTC());
	}

	UserCloudsTenant(UserCloudsProperties properties, ResourceRetriever retriever, Clock clock) {
		this.issuer = TenantUrl.normalize(properties.getTenantUrl());
		this.overrides = properties.getEndpoints();
		this.discovery = new TenantDiscovery(this.issuer, retriever, properties.getDiscovery().getRetryInterval(),
				clock);
	}

	/**
	 * The issuer every token from this tenant carries: the configured tenant URL without a trailing slash.
	 */
	public String issuer() {
		return this.issuer;
	}

	/**
	 * The discovery document, fetched on first use.
	 * @throws TenantUnavailableException if it cannot be read now
	 */
	public ProviderMetadata metadata() {
		ProviderMetadata metadata = this.discovery.metadata();
		if (!this.discoveryPublished.get() && this.discoveryPublished.compareAndSet(false, true)) {
			this.events.publishEvent(new TenantDiscoveredEvent(metadata));
		}
		return metadata;
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * The discovery document if it has been read already; {@code null} otherwise. Never calls the tenant.
	 */
	public ProviderMetadata metadataIfKnown() {
		return this.discovery.metadataIfKnown();
	}

	public URI authorizationEndpoint() {
		return resolve(this.overrides.getAuthorization(), ProviderMetadata::authorizationEndpoint);
	}

	public URI tokenEndpoint() {
		return resolve(this.overrides.getToken(), ProviderMetadata::tokenEndpoint);
	}

	/**
	 * The UserInfo endpoint, or {@code null} when neither configured nor advertised.
	 */
	public URI userinfoEndpoint() {
		return resolve(this.overrides.getUserinfo(), ProviderMetadata::userinfoEndpoint);
	}

	public URI jwksUri() {
		return resolve(this.overrides.getJwks(), ProviderMetadata::jwksUri);
	}

	/**
	 * The provider's RP-initiated logout endpoint when it advertises one and no logout endpoint is configured;
	 * {@code null} otherwise.
	 */
	public URI endSessionEndpoint() {
		return (this.overrides.getLogout() != null) ? null : metadata().endSessionEndpoint();
	}

	/**
	 * UserClouds' own logout endpoint ({@code GET /logout?client_id=&redirect_url=}): the configured one, else
	 * {@code {tenant-url}/logout}.
	 */
	public URI userCloudsLogoutEndpoint() {
		return (this.overrides.getLogout() != null) ? this.overrides.getLogout() : URI.create(this.issuer + "/logout");
	}

	private URI resolve(URI override, Function<ProviderMetadata, URI> advertised) {
		return (override != null) ? override : advertised.apply(metadata());
	}

}
