package com.userclouds.spring.autoconfigure.tenant;

import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import org.junit.jupiter.api.Test;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The tenant's keys: nothing is fetched before the first lookup, a tenant that cannot be discovered yet is a key
 * source failure (not a crash), and the keys are found once it answers.
 */
class TenantJwkSourceTests {

	private static final String ISSUER = "https://acme-prod.tenant.userclouds.com";

	private final List<String> requested = new ArrayList<>();

	private final AtomicInteger failuresLeft = new AtomicInteger();

	private final JWKSet keys = generateKeys();

	/** Served after the good keys as they are. */
	private final List<String> rawKeys = new ArrayList<>();

	private final ResourceRetriever retriever = (URL url) -> {
		this.requested.add(url.getPath());
		if (this.failuresLeft.getAndUpdate((left) -> Math.max(0, left - 1)) > 0) {
			throw new IOException("Connection refused");
		}
		if (url.getPath().endsWith("/openid-configuration")) {
			return new Resource("{\"issuer\":\"" + ISSUER + "\",\"authorization_endpoint\":\"" + ISSUER
					+ "/oidc/authorize\",\"token_endpoint\":\"" + ISSUER + "/oidc/token\",\"jwks_uri\":\"" + ISSUER
					+ "/.well-known/jwks.json\"}", "application/json");
		}
		String jwks = this.keys.toString(true);
		for (String raw : this.rawKeys) {
			jwks = jwks.substring(0, jwks.lastIndexOf(']')) + "," + raw + "]}";
		}
		return new Resource(jwks, "application/json");
	};

	private TenantJwkSource source() {
		UserCloudsProperties properties = new UserCloudsProperties();
		properties.setTenantUrl(ISSUER);
		properties.getDiscovery().setRetryInterval(java.time.Duration.ZERO);
		UserCloudsTenant tenant = new UserCloudsTenant(properties, this.retriever);
		return new TenantJwkSource(tenant, this.retriever, properties.getDiscovery());
	}

	@Test
	void closingStopsTheBackgroundRefreshThreads() throws Exception {
		Set<Thread> before = Thread.getAllStackTraces().keySet();
		TenantJwkSource source = source();
		source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
		Set<Thread> started = new HashSet<>(Thread.getAllStackTraces().keySet());
		started.removeAll(before);
		source.close();
		for (Thread thread : started) {
			thread.join(10_000);
		}
		assertThat(started).noneMatch(Thread::isAlive);
	}

	@Test
	void closingBeforeTheFirstLookupFetchesNothing() throws Exception {
		source().close();
		assertThat(this.requested).isEmpty();
	}

	@Test
	void fetchesNothingBeforeTheFirstLookup() {
		source();
		assertThat(this.requested).isEmpty();
	}

	@Test
	void undiscoverableTenantIsAKeySourceFailureThenRecovers() throws Exception {
		TenantJwkSource source = source();
		this.failuresLeft.set(1);
		JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().build());
		assertThatExceptionOfType(KeySourceException.class).isThrownBy(() -> source.get(selector, null));
		assertThat(source.get(selector, null)).hasSize(1);
		assertThat(this.requested).containsExactly("/.well-known/openid-configuration",
				"/.well-known/openid-configuration", "/.well-known/jwks.json");
	}

	@Test
	void tellsListenersWhenTheKeySetChanges() throws Exception {
		TenantJwkSource source = source();
		AtomicInteger changes = new AtomicInteger();
		source.onKeySetChange(changes::incrementAndGet);
		source.get(new JWKSelector(new JWKMatcher.Builder().build()), null);
		assertThat(changes).hasValue(0);
	}

	@Test
	void malformedKeysAreDroppedAndTheOthersKept() throws Exception {
		this.rawKeys.add("{\"kty\":\"RSA\",\"kid\":\"no-modulus\",\"e\":\"AQAB\"}");
		this.rawKeys.add("{\"kty\":\"EC\",\"kid\":\"bad-curve\",\"crv\":\"P-999\",\"x\":\"AA\",\"y\":\"AA\"}");
		this.rawKeys.add("{\"kid\":\"no-type\"}");
		this.rawKeys.add("\"not an object\"");
		this.rawKeys.add("{\"kty\":\"future-type\",\"kid\":\"unsupported\"}");
		List<String> kids = source().get(new JWKSelector(new JWKMatcher.Builder().build()), null)
			.stream()
			.map(JWK::getKeyID)
			.toList();
		assertThat(kids).containsExactly("k1");
	}

	private static JWKSet generateKeys() {
		try {
			return new JWKSet(new RSAKeyGenerator(2048).keyID("k1").generate());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
