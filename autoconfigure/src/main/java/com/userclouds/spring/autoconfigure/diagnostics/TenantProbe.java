package com.userclouds.spring.autoconfigure.diagnostics;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.ResourceRetriever;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Asks the tenant whether it answers: its discovery document and its JWK set, each fetched afresh (the starter's own
 * caches would hide an outage). At most one check per interval; callers in between get the last result, so health
 * requests never hammer the tenant. A change between up and down is logged once, in one line, never with a stack
 * trace.
 */
final class TenantProbe {

	private static final Log logger = LogFactory.getLog(TenantProbe.class);

	private final String issuer;

	private final URI configuredJwks;

	private final ResourceRetriever retriever;

	private final Duration interval;

	private final Clock clock;

	private TenantProbeResult last;

	/**
	 * @param configuredJwks {@code userclouds.endpoints.jwks}, or {@code null} to use what discovery advertises
	 */
	TenantProbe(String issuer, URI configuredJwks, ResourceRetriever retriever, Duration interval, Clock clock) {
		this.issuer = issuer;
		this.configuredJwks = configuredJwks;
		this.retriever = retriever;
		this.interval = interval;
		this.clock = clock;
	}

	synchronized TenantProbeResult result() {
		Instant now = this.clock.instant();
		if (this.last != null && now.isBefore(this.last.checkedAt().plus(this.interval))) {
			return this.last;
		}
		TenantProbeResult result = probe(now);
		logChange(this.last, result);
		this.last = result;
		return result;
	}

	private TenantProbeResult probe(Instant now) {
		URI jwksUri = this.configuredJwks;
		String discoveryProblem = null;
		try {
			Map<String, Object> discovery = JSONObjectUtils
				.parse(fetch(URI.create(this.issuer + "/.well-known/openid-configuration")));
			if (!this.issuer.equals(JSONObjectUtils.getString(discovery, "issuer"))) {
				discoveryProblem = "discovery names another issuer";
			}
			else if (jwksUri == null) {
				jwksUri = JSONObjectUtils.getURI(discovery, "jwks_uri");
			}
		}
		catch (IOException | ParseException | RuntimeException ex) {
			discoveryProblem = "discovery: " + describe(ex);
		}
		if (jwksUri == null) {
			return TenantProbeResult.down(now, discoveryProblem, null, -1);
		}
		try {
			int keys = JWKSet.parse(fetch(jwksUri)).getKeys().size();
			String jwksProblem = (keys > 0) ? null : "the JWK set has no keys";
			return (discoveryProblem == null && jwksProblem == null) ? TenantProbeResult.up(now, keys)
					: TenantProbeResult.down(now, discoveryProblem, jwksProblem, keys);
		}
		catch (IOException | ParseException | RuntimeException ex) {
			return TenantProbeResult.down(now, discoveryProblem, "jwks: " + describe(ex), -1);
		}
	}

	private String fetch(URI uri) throws IOException {
		URL url = uri.toURL();
		return this.retriever.retrieveResource(url).getContent();
	}

	/** The exception's kind and message only: no stack trace, nothing the tenant sent. */
	private static String describe(Exception ex) {
		String message = ex.getMessage();
		return ex.getClass().getSimpleName() + ((message != null) ? ": " + message : "");
	}

	private void logChange(TenantProbeResult previous, TenantProbeResult current) {
		boolean wasUp = previous == null || previous.up();
		if (wasUp && !current.up()) {
			logger.warn("UserClouds tenant " + this.issuer + " is not healthy: " + current.problem()
					+ " (checked again after " + this.interval + ")");
		}
		else if (!wasUp && current.up()) {
			logger.info("UserClouds tenant " + this.issuer + " answers again");
		}
	}

}
