package com.userclouds.spring.autoconfigure.testsupport;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/**
 * A tenant on a MockWebServer: discovery, JWKS, token (code, refresh, optionally client credentials) and userinfo
 * endpoints, and an {@link #authorize} that answers an authorization request the way the provider would. Two shapes:
 * {@link Shape#USERCLOUDS} (query-mode results with the access token in {@code token}, no token hashes, no
 * {@code expires_in}) and {@link Shape#STANDARD} (hashes, RFC 9068 access tokens, {@code expires_in}, an
 * {@code end_session_endpoint}). Tokens are minted with Nimbus; {@link Tweaks} breaks them the ways the OpenID
 * relying-party conformance tests do.
 */
public final class FakeTenant implements AutoCloseable {

	public enum Shape {

		USERCLOUDS, STANDARD

	}

	private static final RSAKey KEY = generateKey();

	/** Same key id as the tenant's key, different key: a forged signature. */
	private static final RSAKey FOREIGN_KEY = generateKey();

	public static final String CLIENT_ID = "webapp-client";

	public static final String USER = "a6f4d2c4-0c4e-4f5e-9d2b-7f0b8a1c2d3e";

	/** {@code sub} of client-credentials tokens: UserClouds names the app by a UUID, not its client id. */
	public static final String M2M_APP = "5b0e7a52-3f1d-4c9e-8a47-2d6c9e1f0b38";

	private final Shape shape;

	private final MockWebServer server = new MockWebServer();

	private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();

	private final List<Map<String, String>> tokenRequests = new CopyOnWriteArrayList<>();

	private volatile Duration accessTokenLifetime = Duration.ofHours(24);

	private volatile Tweaks tokenEndpointTweaks = new Tweaks();

	private volatile Tweaks refreshIdTokenTweaks;

	private volatile boolean clientCredentialsGranted;

	private volatile boolean tokenEndpointBroken;

	private volatile boolean clientRefused;

	private volatile boolean userInfoRefused;

	private final AtomicInteger userInfoRequests = new AtomicInteger();

	private String issuer;

	public FakeTenant(Shape shape) {
		this.shape = shape;
	}

	public FakeTenant start() {
		this.server.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return FakeTenant.this.dispatch(request);
			}
		});
		try {
			this.server.start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		String url = this.server.url("/").toString();
		this.issuer = url.substring(0, url.length() - 1);
		return this;
	}

	@Override
	public void close() {
		this.server.close();
	}

	public String issuer() {
		return this.issuer;
	}

	public Shape shape() {
		return this.shape;
	}

	/** Requests of any kind answered so far. */
	public int requestCount() {
		return this.server.getRequestCount();
	}

	/** Token endpoint requests so far, as form parameters. */
	public List<Map<String, String>> tokenRequests() {
		return this.tokenRequests;
	}

	/** Lifetime of the access tokens the token endpoint issues from now on. */
	public void accessTokenLifetime(Duration lifetime) {
		this.accessTokenLifetime = lifetime;
	}

	/**
	 * From now on the token endpoint grants client credentials (tokens for {@link #M2M_APP}); until then it answers
	 * that grant like an unknown code, 400 {@code invalid_grant}.
	 */
	public void grantClientCredentials() {
		this.clientCredentialsGranted = true;
	}

	/** From now on the token endpoint answers 500 with an HTML page, like a broken proxy. */
	public void breakTokenEndpoint() {
		this.tokenEndpointBroken = true;
	}

	/**
	 * From now on the token endpoint refuses the client itself, as UserClouds does a wrong client secret: 401
	 * {@code invalid_client}.
	 */
	public void refuseClient() {
		this.clientRefused = true;
	}

	/**
	 * From now on UserInfo answers 401 {@code invalid_token} to every access token, as oidc-provider does to tokens
	 * issued for another resource.
	 */
	public void refuseUserInfo() {
		this.userInfoRefused = true;
	}

	/** UserInfo requests so far. */
	public int userInfoRequests() {
		return this.userInfoRequests.get();
	}

	/** How the ID tokens the token endpoint issues from now on are broken. */
	public void tokenEndpointTweaks(Tweaks tweaks) {
		this.tokenEndpointTweaks = tweaks;
	}

	/**
	 * From now on refresh responses carry a new ID token (as standard providers may; UserClouds sends none), broken as
	 * {@code tweaks} say.
	 */
	public void refreshIdTokens(Tweaks tweaks) {
		this.refreshIdTokenTweaks = tweaks;
	}

	/**
	 * Answers an authorization request as the provider would: the response parameters for the requested response
	 * type, with {@code tweaks} applied.
	 */
	public Map<String, String> authorize(Map<String, String> request, Tweaks tweaks) {
		Map<String, String> response = new LinkedHashMap<>();
		if (tweaks.error != null) {
			response.put("error", tweaks.error);
			response.put("error_description", "The user said no");
			response.put("state", request.get("state"));
			return response;
		}
		List<String> types = List.of(request.get("response_type").split(" "));
		String code = null;
		String accessToken = null;
		if (types.contains("code")) {
			code = UUID.randomUUID().toString();
			Map<String, String> grant = new LinkedHashMap<>();
			grant.put("nonce", request.get("nonce"));
			grant.put("redirect_uri", request.get("redirect_uri"));
			if (request.get("code_challenge") != null) {
				grant.put("code_challenge", request.get("code_challenge"));
			}
			this.codes.put(code, grant);
			response.put("code", code);
		}
		if (types.contains("token")) {
			accessToken = (tweaks.accessToken != null) ? tweaks.accessToken : accessToken(USER, this.accessTokenLifetime);
			response.put((this.shape == Shape.USERCLOUDS) ? "token" : "access_token", accessToken);
			if (this.shape == Shape.STANDARD) {
				response.put("token_type", "Bearer");
				response.put("expires_in", "3600");
			}
		}
		if (types.contains("id_token")) {
			response.put("id_token", (tweaks.idTokenReplacement != null) ? tweaks.idTokenReplacement
					: idToken(request.get("nonce"), code, accessToken, tweaks));
		}
		response.put("state", (tweaks.state != null) ? tweaks.state : request.get("state"));
		if (tweaks.iss != null) {
			response.put("iss", tweaks.iss);
		}
		return response;
	}

	/** An ID token for {@link #USER} as this tenant issues it, broken as {@code tweaks} say. */
	public String idToken(String nonce, String code, String accessToken, Tweaks tweaks) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(USER)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(Duration.ofHours(24))))
			.jwtID(UUID.randomUUID().toString())
			.claim("name", "Ada Lovelace")
			.claim("email", "ada@example.com");
		if (nonce != null) {
			claims.claim("nonce", nonce);
		}
		if (this.shape == Shape.USERCLOUDS) {
			claims.audience(List.of(CLIENT_ID, this.issuer)).claim("azp", CLIENT_ID).claim("subject_type", "_user");
		}
		else {
			claims.audience(CLIENT_ID);
			if (code != null) {
				claims.claim("c_hash", halfHash(code));
			}
			if (accessToken != null) {
				claims.claim("at_hash", halfHash(accessToken));
			}
		}
		tweaks.idTokenClaims.accept(claims);
		JWSHeader.Builder header = new JWSHeader.Builder(tweaks.algorithm).keyID(KEY.getKeyID());
		tweaks.idTokenHeader.accept(header);
		return tweaks.unsigned ? new PlainJWT(new PlainHeader(), claims.build()).serialize()
				: sign(header.build(), claims.build(), tweaks.foreignKey ? FOREIGN_KEY : KEY);
	}

	/** An access token for {@code subject} as this tenant issues it. */
	public String accessToken(String subject, Duration lifetime) {
		return accessToken(subject, lifetime, (claims) -> {
		});
	}

	/** An access token for {@code subject} as this tenant issues it, its claims changed by {@code customizer}. */
	public String accessToken(String subject, Duration lifetime, Consumer<JWTClaimsSet.Builder> customizer) {
		Instant now = Instant.now();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(this.issuer)
			.subject(subject)
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.jwtID(UUID.randomUUID().toString());
		JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KEY.getKeyID());
		if (this.shape == Shape.USERCLOUDS) {
			claims.audience(List.of(this.issuer)).claim("subject_type", UUID.randomUUID().toString());
		}
		else {
			header.type(new JOSEObjectType("at+jwt"));
			claims.audience("https://api.example.com").claim("client_id", CLIENT_ID).claim("scope", "openid profile email");
		}
		customizer.accept(claims);
		return sign(header.build(), claims.build(), KEY);
	}

	private MockResponse dispatch(RecordedRequest request) {
		String path = request.getUrl().encodedPath();
		return switch (path) {
			case "/.well-known/openid-configuration" -> json(200, discovery());
			case "/.well-known/jwks.json" -> json(200, new JWKSet(KEY.toPublicJWK()).toJSONObject());
			case "/oidc/token" -> token(form(request.getBody().utf8()));
			case "/oidc/userinfo" -> userinfo(request.getHeaders().get("Authorization"));
			default -> new MockResponse.Builder().code(404).build();
		};
	}

	private Map<String, Object> discovery() {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", this.issuer);
		document.put("authorization_endpoint", this.issuer + "/oidc/authorize");
		document.put("token_endpoint", this.issuer + "/oidc/token");
		document.put("userinfo_endpoint", this.issuer + "/oidc/userinfo");
		document.put("jwks_uri", this.issuer + "/.well-known/jwks.json");
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		if (this.shape == Shape.USERCLOUDS) {
			document.put("response_types_supported", List.of("id_token"));
		}
		else {
			document.put("response_types_supported", List.of("code", "code id_token", "id_token token"));
			document.put("end_session_endpoint", this.issuer + "/oidc/end_session");
		}
		return document;
	}

	private MockResponse token(Map<String, String> form) {
		this.tokenRequests.add(form);
		if (this.tokenEndpointBroken) {
			return new MockResponse.Builder().code(500).addHeader("Content-Type", "text/html").body("<h1>oops</h1>").build();
		}
		if (this.clientRefused) {
			return json(401, Map.of("error", "invalid_client", "error_description", "Client authentication failed"));
		}
		Map<String, Object> body = new LinkedHashMap<>();
		if ("refresh_token".equals(form.get("grant_type"))) {
			String accessToken = accessToken(USER, this.accessTokenLifetime);
			body.put("access_token", accessToken);
			body.put("token_type", "Bearer");
			Tweaks idTokenTweaks = this.refreshIdTokenTweaks;
			if (idTokenTweaks != null) {
				body.put("id_token", idToken(null, null, accessToken, idTokenTweaks));
			}
			addStandardFields(body);
			return json(200, body);
		}
		if (this.clientCredentialsGranted && "client_credentials".equals(form.get("grant_type"))) {
			body.put("access_token", accessToken(M2M_APP, this.accessTokenLifetime));
			body.put("token_type", "Bearer");
			return json(200, body);
		}
		Map<String, String> grant = this.codes.remove(String.valueOf(form.get("code")));
		if (grant == null || !grant.get("redirect_uri").equals(form.get("redirect_uri"))
				|| (grant.containsKey("code_challenge")
						&& !grant.get("code_challenge").equals(s256(form.get("code_verifier"))))) {
			return json(400, Map.of("error", "invalid_grant"));
		}
		String accessToken = accessToken(USER, this.accessTokenLifetime);
		body.put("access_token", accessToken);
		body.put("token_type", "Bearer");
		body.put("refresh_token", UUID.randomUUID().toString());
		Tweaks tweaks = this.tokenEndpointTweaks;
		body.put("id_token", (tweaks.idTokenReplacement != null) ? tweaks.idTokenReplacement
				: idToken(grant.get("nonce"), null, accessToken, tweaks));
		addStandardFields(body);
		return json(200, body);
	}

	private void addStandardFields(Map<String, Object> body) {
		if (this.shape == Shape.STANDARD) {
			body.put("expires_in", this.accessTokenLifetime.getSeconds());
			body.put("scope", "openid profile email");
		}
	}

	private MockResponse userinfo(String authorization) {
		this.userInfoRequests.incrementAndGet();
		if (this.userInfoRefused) {
			return json(401, Map.of("error", "invalid_token"));
		}
		try {
			String subject = SignedJWT.parse(authorization.substring("Bearer ".length())).getJWTClaimsSet().getSubject();
			return json(200, Map.of("sub", subject, "name", "Ada Lovelace", "email", "ada@example.com"));
		}
		catch (ParseException | RuntimeException ex) {
			return json(401, Map.of("error", "invalid_token"));
		}
	}

	private static MockResponse json(int status, Map<String, Object> body) {
		return new MockResponse.Builder().code(status)
			.addHeader("Content-Type", "application/json")
			.body(JSONObjectUtils.toJSONString(body))
			.build();
	}

	private static Map<String, String> form(String body) {
		Map<String, String> form = new LinkedHashMap<>();
		for (String pair : body.split("&")) {
			if (!pair.isEmpty()) {
				String[] nameValue = pair.split("=", 2);
				form.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
						(nameValue.length > 1) ? URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8) : "");
			}
		}
		return form;
	}

	/** {@code at_hash} / {@code c_hash} for RS256, computed independently of the starter. */
	public static String halfHash(String value) {
		byte[] digest = sha256(value);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 16));
	}

	private static String s256(String verifier) {
		return (verifier != null) ? Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(verifier)) : null;
	}

	private static byte[] sha256(String value) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String sign(JWSHeader header, JWTClaimsSet claims, RSAKey key) {
		try {
			SignedJWT jwt = new SignedJWT(header, claims);
			jwt.sign(new RSASSASigner(key));
			return jwt.serialize();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static RSAKey generateKey() {
		try {
			return new RSAKeyGenerator(2048).keyID("tenant-key-1").generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Ways to break an authorization response.
	 */
	public static final class Tweaks {

		private Consumer<JWTClaimsSet.Builder> idTokenClaims = (claims) -> {
		};

		private Consumer<JWSHeader.Builder> idTokenHeader = (header) -> {
		};

		private JWSAlgorithm algorithm = JWSAlgorithm.RS256;

		private boolean foreignKey;

		private boolean unsigned;

		private String state;

		private String error;

		private String iss;

		private String accessToken;

		private String idTokenReplacement;

		public static Tweaks none() {
			return new Tweaks();
		}

		public Tweaks idTokenClaims(Consumer<JWTClaimsSet.Builder> customizer) {
			this.idTokenClaims = customizer;
			return this;
		}

		public Tweaks idTokenHeader(Consumer<JWSHeader.Builder> customizer) {
			this.idTokenHeader = customizer;
			return this;
		}

		/** Signs the ID token with the tenant's RSA key but this algorithm (RS256, RS384, RS512, PS256...). */
		public Tweaks signedWith(JWSAlgorithm algorithm) {
			this.algorithm = algorithm;
			return this;
		}

		public Tweaks signedWithForeignKey() {
			this.foreignKey = true;
			return this;
		}

		public Tweaks unsigned() {
			this.unsigned = true;
			return this;
		}

		public Tweaks state(String state) {
			this.state = state;
			return this;
		}

		public Tweaks error(String error) {
			this.error = error;
			return this;
		}

		public Tweaks iss(String iss) {
			this.iss = iss;
			return this;
		}

		/** Sends this instead of an ID token (e.g. an access token). */
		public Tweaks idTokenReplacedBy(String token) {
			this.idTokenReplacement = token;
			return this;
		}

		/** Sends this access token in the authorization response. */
		public Tweaks accessToken(String accessToken) {
			this.accessToken = accessToken;
			return this;
		}

	}

}
