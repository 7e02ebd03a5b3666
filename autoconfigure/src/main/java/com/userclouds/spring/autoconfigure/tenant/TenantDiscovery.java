package com.userclouds.spring.autoconfigure.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Reads the tenant's discovery document when it is first needed, never at startup, so an application starts while
 * its tenant is unreachable. A success is kept for the life of the application. A failure is remembered for the retry
 * interval and answered from memory meanwhile, so an outage costs one request per interval, not one per caller.
 */
final class TenantDiscovery {

	private static final Log logger = LogFactory.getLog(TenantDiscovery.class);

	private final String issuer;

	private final URL discoveryUrl;

	private final ResourceRetriever retriever;

	private final Duration retryInterval;

	private final Clock clock;

	private volatile ProviderMetadata metadata;

	private TenantUnavailableException lastFailure;

	private Instant lastFailureAt;

	TenantDiscovery(String issuer, ResourceRetriever retriever, Duration retryInterval, Clock clock) {
		this.issuer = issuer;
		this.discoveryUrl = toUrl(URI.create(issuer + "/.well-known/openid-configuration"));
		this.retriever = retriever;
		this.retryInterval = retryInterval;
		this.clock = clock;
	}

	ProviderMetadata metadata() {
		ProviderMetadata known = this.metadata;
		return (known != null) ? known : fetchOnce();
	}

	/**
	 * The document if it has been read already, without asking the tenant.
	 */
	ProviderMetadata metadataIfKnown() {
		return this.metadata;
	}

	private synchronized ProviderMetadata fetchOnce() {
		if (this.metadata != null) {
			return this.metadata;
		}
		Instant now = this.clock.instant();
		if (this.lastFailure != null && now.isBefore(this.lastFailureAt.plus(this.retryInterval))) {
			throw this.lastFailure;
		}
		try {
			this.metadata = parse(this.retriever.retrieveResource(this.discoveryUrl));
			this.lastFailure = null;
			return this.metadata;
		}
		catch (IOException | ParseException | RuntimeException ex) {
			this.lastFailure = new TenantUnavailableException(
					"Discovery at " + this.discoveryUrl + " failed: " + ex.getMessage(), ex);
			this.lastFailureAt = now;
			logger.warn(this.lastFailure.getMessage() + "; retrying after " + this.retryInterval);
			throw this.lastFailure;
		}
	}

	private ProviderMetadata parse(Resource resource) throws ParseException {
		Map<String, Object> json = JSONObjectUtils.parse(resource.getContent());
		String advertisedIssuer = JSONObjectUtils.getString(json, "issuer");
		if (!this.issuer.equals(advertisedIssuer)) {
			throw new ParseException("the document names issuer '" + advertisedIssuer + "', expected '" + this.issuer
					+ "' (userclouds.tenant-url must be the issuer exactly)", 0);
		}
		return new ProviderMetadata(advertisedIssuer, requiredUri(json, "authorization_endpoint"),
				requiredUri(json, "token_endpoint"), JSONObjectUtils.getURI(json, "userinfo_endpoint"),
				requiredUri(json, "jwks_uri"), JSONObjectUtils.getURI(json, "end_session_endpoint"),
				stringList(json, "id_token_signing_alg_values_supported"),
				stringList(json, "response_types_supported"));
	}

	private static URI requiredUri(Map<String, Object> json, String name) throws ParseException {
		URI uri = JSONObjectUtils.getURI(json, name);
		if (uri == null) {
			throw new ParseException("the document has no " + name, 0);
		}
		return uri;
	}

	private static List<String> stringList(Map<String, Object> json, String name) throws ParseException {
		List<String> values = JSONObjectUtils.getStringList(json, name);
		return (values != null) ? values : List.of();
	}

	static URL toUrl(URI uri) {
		try {
			return uri.toURL();
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new TenantUnavailableException("Not a usable URL: " + uri, ex);
		}
	}

}
