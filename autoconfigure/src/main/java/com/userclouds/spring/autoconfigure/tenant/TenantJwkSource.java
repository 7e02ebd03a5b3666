package com.userclouds.spring.autoconfigure.tenant;

import java.io.Closeable;
import java.io.IOException;
import java.net.URL;
import java.text.ParseException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import org.apache.commons.logging.LogFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;

import com.userclouds.spring.autoconfigure.ThrottledWarnings;
import com.userclouds.spring.autoconfigure.UserCloudsProperties;

/**
 * The tenant's signing keys. Nimbus' {@link JWKSourceBuilder} does the work (cache, refresh ahead of expiry, one
 * rate-limited refetch on an unknown {@code kid}, outage tolerance); this class adds what it lacks: the JWKS URL is
 * resolved lazily (it may come from discovery, which must not run at startup), and listeners hear when the key set
 * really changed, so caches of validated tokens can be dropped on rotation; and every fetch is published as a
 * {@link JwksRefreshEvent}; and a malformed key is dropped from the set instead of failing it ({@link UsableJwks}).
 * Both the bearer-token decoder and the login's ID-token decoder read the keys here.
 */
public class TenantJwkSource implements JWKSource<SecurityContext>, ApplicationEventPublisherAware, Closeable {

	private final UserCloudsTenant tenant;

	private final ResourceRetriever retriever;

	private final UserCloudsProperties.Discovery settings;

	private final UsableJwks usableJwks = new UsableJwks(
			new ThrottledWarnings(LogFactory.getLog(TenantJwkSource.class)));

	private final List<Runnable> keySetChangeListeners = new CopyOnWriteArrayList<>();

	private volatile JWKSource<SecurityContext> delegate;

	private volatile ApplicationEventPublisher events = (event) -> {
	};

	public TenantJwkSource(UserCloudsTenant tenant, ResourceRetriever retriever, UserCloudsProperties.Discovery settings) {
		this.tenant = tenant;
		this.retriever = new ChangeDetectingRetriever(retriever);
		this.settings = settings;
	}

	@Override
	public List<JWK> get(JWKSelector jwkSelector, SecurityContext context) throws KeySourceException {
		return delegate().get(jwkSelector, context);
	}

	/**
	 * Registers a callback run after a fetch returned a key set different from the previous one.
	 */
	public void onKeySetChange(Runnable listener) {
		this.keySetChangeListeners.add(listener);
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	/**
	 * Stops the background refresh of the keys (a thread of Nimbus' refresh-ahead cache); the context calls it when it
	 * closes, so that tests and benchmarks that start many contexts do not keep those threads alive.
	 */
	@Override
	public void close() throws IOException {
		synchronized (this) {
			if (this.delegate instanceof Closeable closeable) {
				closeable.close();
			}
		}
	}

	private JWKSource<SecurityContext> delegate() throws KeySourceException {
		JWKSource<SecurityContext> source = this.delegate;
		if (source != null) {
			return source;
		}
		synchronized (this) {
			if (this.delegate == null) {
				URL jwksUrl;
				try {
					jwksUrl = TenantDiscovery.toUrl(this.tenant.jwksUri());
				}
				catch (TenantUnavailableException ex) {
					throw new KeySourceException(ex.getMessage(), ex);
				}
				long ttl = this.settings.getJwksCacheTtl().toMillis();
				long timeout = this.settings.getConnectTimeout().plus(this.settings.getReadTimeout()).toMillis();
				this.delegate = JWKSourceBuilder.create(jwksUrl, this.retriever)
					.cache(ttl, timeout)
					.refreshAheadCache(Math.min(ttl / 5, 30_000L), true)
					.rateLimited(this.settings.getJwksMinRefreshInterval().toMillis())
					.retrying(true)
					.outageTolerant(this.settings.getJwksOutageTolerance().toMillis())
					.build();
			}
			return this.delegate;
		}
	}

	private final class ChangeDetectingRetriever implements ResourceRetriever {

		private final ResourceRetriever retriever;

		private volatile String lastContent;

		ChangeDetectingRetriever(ResourceRetriever retriever) {
			this.retriever = retriever;
		}

		@Override
		public Resource retrieveResource(URL url) throws IOException {
			Resource resource;
			try {
				resource = this.retriever.retrieveResource(url);
			}
			catch (IOException | RuntimeException ex) {
				TenantJwkSource.this.events.publishEvent(new JwksRefreshEvent(false, 0, Instant.now()));
				throw ex;
			}
			String usable = TenantJwkSource.this.usableJwks.filter(resource.getContent());
			TenantJwkSource.this.events.publishEvent(new JwksRefreshEvent(true, countKeys(usable), Instant.now()));
			String previous = this.lastContent;
			this.lastContent = usable;
			if (previous != null && !Objects.equals(previous, usable)) {
				TenantJwkSource.this.keySetChangeListeners.forEach(Runnable::run);
			}
			return new Resource(usable, resource.getContentType());
		}

	}

	private static int countKeys(String content) {
		try {
			return JWKSet.parse(content).getKeys().size();
		}
		catch (ParseException ex) {
			// Nimbus refuses the document itself right after this; the count only feeds diagnostics
			return 0;
		}
	}

}
