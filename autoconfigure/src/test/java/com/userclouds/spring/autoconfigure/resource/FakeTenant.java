package com.userclouds.spring.autoconfigure.resource;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * A UserClouds tenant in a MockWebServer, shaped like the real one (see shared/README.md): discovery with only
 * {@code response_types_supported: ["id_token"]}, RS256 keys with a {@code kid}. It can go down as a whole, or only its
 * JWKS endpoint, and rotate keys; it counts the requests it answers.
 */
final class FakeTenant implements AutoCloseable {

	private final MockWebServer server = new MockWebServer();

	private final List<RSAKey> publishedKeys = new CopyOnWriteArrayList<>();

	/** Published after the good keys as they are, e.g. a malformed key. */
	private final List<Map<String, Object>> rawKeys = new CopyOnWriteArrayList<>();

	private final AtomicInteger jwksRequests = new AtomicInteger();

	private final AtomicInteger discoveryRequests = new AtomicInteger();

	private final AtomicInteger allRequests = new AtomicInteger();

	private volatile boolean down;

	private volatile boolean jwksDown;

	private volatile RSAKey signingKey;

	private volatile List<String> advertisedAlgorithms = List.of("RS256");

	private FakeTenant() {
		this.signingKey = newKey();
		this.publishedKeys.add(this.signingKey);
	}

	static FakeTenant start() {
		FakeTenant tenant = new FakeTenant();
		tenant.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return tenant.answer(request);
			}
		});
		try {
			tenant.server.start(0);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		return tenant;
	}

	/** The tenant URL, which is also the issuer: {@code http://localhost:port}, no trailing slash. */
	String issuer() {
		String url = this.server.url("/").toString();
		return url.substring(0, url.length() - 1);
	}

	RSAKey signingKey() {
		return this.signingKey;
	}

	/** Starts signing with a new key, published next to the old one, as a tenant does when it rotates keys. */
	RSAKey rotate() {
		RSAKey next = newKey();
		this.publishedKeys.add(next);
		this.signingKey = next;
		return next;
	}

	/** Publishes a key given as raw JSON members, which need not make a valid JWK. */
	void publishRawKey(Map<String, Object> key) {
		this.rawKeys.add(key);
	}

	void withdrawRawKeys() {
		this.rawKeys.clear();
	}

	void advertiseAlgorithms(String... algorithms) {
		this.advertisedAlgorithms = List.of(algorithms);
	}

	void down(boolean down) {
		this.down = down;
	}

	void jwksDown(boolean jwksDown) {
		this.jwksDown = jwksDown;
	}

	int jwksRequests() {
		return this.jwksRequests.get();
	}

	/** Every request, answered or refused while down. */
	int allRequests() {
		return this.allRequests.get();
	}

	int discoveryRequests() {
		return this.discoveryRequests.get();
	}

	/** A token builder for a UserClouds user access token signed by the current key. */
	TestToken userAccessToken() {
		return TestToken.userAccessToken(this);
	}

	TestToken idToken(String clientId) {
		return TestToken.idToken(this, clientId);
	}

	TestToken m2mToken(String... audiences) {
		return TestToken.m2mToken(this, audiences);
	}

	@Override
	public void close() {
		this.server.close();
	}

	private MockResponse answer(RecordedRequest request) {
		this.allRequests.incrementAndGet();
		String path = request.getUrl().encodedPath();
		if (this.down) {
			return json(503, Map.of("error", "unavailable"));
		}
		if (path.equals("/.well-known/openid-configuration")) {
			this.discoveryRequests.incrementAndGet();
			return json(200, discovery());
		}
		if (path.equals("/.well-known/jwks.json")) {
			this.jwksRequests.incrementAndGet();
			if (this.jwksDown) {
				return json(503, Map.of("error", "unavailable"));
			}
			Map<String, Object> jwks = new JWKSet(List.copyOf(this.publishedKeys)).toJSONObject(true);
			List<Object> keys = new ArrayList<>((List<?>) jwks.get("keys"));
			keys.addAll(this.rawKeys);
			jwks.put("keys", keys);
			return json(200, jwks);
		}
		return json(404, Map.of("error", "not_found"));
	}

	private Map<String, Object> discovery() {
		String issuer = issuer();
		return Map.of("issuer", issuer, "authorization_endpoint", issuer + "/oidc/authorize", "token_endpoint",
				issuer + "/oidc/token", "userinfo_endpoint", issuer + "/oidc/userinfo", "jwks_uri",
				issuer + "/.well-known/jwks.json", "response_types_supported", List.of("id_token"),
				"subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported",
				this.advertisedAlgorithms, "scopes_supported", List.of("openid", "profile"));
	}

	private static MockResponse json(int status, Map<String, Object> body) {
		return new MockResponse(status, Headers.of("Content-Type", "application/json"),
				JSONObjectUtils.toJSONString(body));
	}

	static RSAKey newKey() {
		try {
			return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
