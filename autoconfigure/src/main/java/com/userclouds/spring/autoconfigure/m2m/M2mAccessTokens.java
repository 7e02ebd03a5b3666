package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ApplicationEventPublisherAware;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;

import com.userclouds.spring.autoconfigure.ThrottledWarnings;

/**
 * The access tokens of every configured M2M client, each cached with single flight and refresh-ahead. Ask it for a
 * token directly, or use the ready HTTP clients of {@link UserCloudsRestClients} and {@link UserCloudsWebClients},
 * which attach it. Both stacks share one cache per client: Reactor stays out of this class, which reactive callers
 * reach through {@link #tokenAsync(String)}.
 */
public class M2mAccessTokens implements DisposableBean, ApplicationEventPublisherAware {

	private final Map<String, SingleFlightTokenCache> caches = new LinkedHashMap<>();

	private final ExecutorService tokenRequests = Executors.newCachedThreadPool(daemonThreads());

	private volatile ApplicationEventPublisher events = (event) -> {
	};

	private final ThrottledWarnings permanentFaults = new ThrottledWarnings(LogFactory.getLog(M2mAccessTokens.class));

	public M2mAccessTokens(M2mProperties properties, ClientRegistrationRepository registrations) {
		this(properties, registrations, Clock.systemUTC(), (duration) -> Thread.sleep(duration.toMillis()));
	}

	M2mAccessTokens(M2mProperties properties, ClientRegistrationRepository registrations, Clock clock,
			RetryingTokenRequest.Sleeper sleeper) {
		properties.getClients().forEach((name, client) -> {
			if (client.hasCredentials()) {
				ClientCredentialsTokenClient tokenClient = new ClientCredentialsTokenClient(name, client, registrations,
						clock);
				RetryingTokenRequest request = new RetryingTokenRequest(name,
						() -> publishingOutcome(name, tokenClient::requestToken), client, sleeper);
				this.caches.put(name, new SingleFlightTokenCache(name, request, client.getRefreshBefore(),
						client.getMaxBackoff(), clock, this.tokenRequests));
			}
		});
	}

	@Override
	public void setApplicationEventPublisher(ApplicationEventPublisher events) {
		this.events = events;
	}

	private OAuth2AccessToken publishingOutcome(String clientName, Supplier<OAuth2AccessToken> attempt) {
		try {
			OAuth2AccessToken token = attempt.get();
			this.events.publishEvent(new M2mTokenRequestEvent(clientName, M2mTokenRequestEvent.Outcome.SUCCESS));
			return token;
		}
		catch (M2mTokenException ex) {
			if (!ex.isRetryable()) {
				// the same request gets the same answer until the configuration changes: an operator must see it
				this.permanentFaults.warn(clientName, ex.getMessage());
			}
			this.events.publishEvent(M2mTokenRequestEvent.failure(clientName, ex));
			throw ex;
		}
	}

	/**
	 * A valid access token of the client, from the cache or fetched now.
	 * @param clientName the client's name under {@code userclouds.m2m.clients}
	 * @throws M2mClientNotConfiguredException if the client has no credentials
	 * @throws M2mTokenException if no token can be obtained
	 */
	public OAuth2AccessToken token(String clientName) {
		return cache(clientName).token();
	}

	/**
	 * A valid access token of the client without blocking the calling thread, for reactive callers (e.g.
	 * {@code Mono.fromFuture(() -> tokens.tokenAsync("orders"))}): completed at once when the token is cached, else
	 * completed by the client's one token request in flight, which runs with its retries on this object's own
	 * threads. The future is the caller's own: cancelling it does not cancel the token request other callers share.
	 * @param clientName the client's name under {@code userclouds.m2m.clients}
	 * @return the token, or a future completed exceptionally with an {@link M2mTokenException} if none can be
	 * obtained
	 * @throws M2mClientNotConfiguredException if the client has no credentials
	 */
	public CompletableFuture<OAuth2AccessToken> tokenAsync(String clientName) {
		return cache(clientName).tokenAsync();
	}

	/**
	 * Drops the client's cached token if it is {@code rejected} (an API answered 401 to it), so that the next call
	 * fetches a new one.
	 */
	public void invalidate(String clientName, OAuth2AccessToken rejected) {
		cache(clientName).invalidate(rejected.getTokenValue());
	}

	/**
	 * Names of the clients that have credentials.
	 */
	public Set<String> clientNames() {
		return Collections.unmodifiableSet(this.caches.keySet());
	}

	private SingleFlightTokenCache cache(String clientName) {
		SingleFlightTokenCache cache = this.caches.get(clientName);
		if (cache == null) {
			throw new M2mClientNotConfiguredException(clientName);
		}
		return cache;
	}

	@Override
	public void destroy() {
		this.tokenRequests.shutdownNow();
	}

	private static ThreadFactory daemonThreads() {
		AtomicInteger count = new AtomicInteger();
		return (runnable) -> {
			Thread thread = new Thread(runnable, "userclouds-m2m-token-" + count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		};
	}

}
