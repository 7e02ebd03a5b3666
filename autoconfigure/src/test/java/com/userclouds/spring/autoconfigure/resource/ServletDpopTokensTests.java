package com.userclouds.spring.autoconfigure.resource;

import java.net.URI;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.oauth2.sdk.dpop.DefaultDPoPProofFactory;
import com.nimbusds.oauth2.sdk.token.DPoPAccessToken;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

/**
 * With {@code userclouds.resource-server.dpop.enabled}, a DPoP-bound access token (RFC 9449) is accepted under
 * {@code Authorization: DPoP} with a proof signed by the key its {@code cnf.jkt} names, through the starter's decoder,
 * and refused under {@code Bearer} or with a proof of another key. Spring Security supports DPoP on the servlet stack
 * only; on WebFlux the property stops startup ({@link ReactiveResourceServerAutoConfigurationTests}).
 */
@FullStackTests.ServletStack
@TestPropertySource(properties = "userclouds.resource-server.dpop.enabled=true")
class ServletDpopTokensTests extends FullStackTests {

	private static final String WHOAMI = "http://localhost/api/whoami";

	private final ECKey clientKey = newKey();

	private final ECKey otherKey = newKey();

	@Test
	void dpopBoundTokenWithAProofOfItsKeyIsAccepted() throws Exception {
		String token = boundTo(this.clientKey);
		dpop(token, proof(this.clientKey, token)).expectStatus().isOk();
	}

	@Test
	void dpopBoundTokenSentAsBearerIsStillRefused() throws Exception {
		String token = boundTo(this.clientKey);
		get("/api/whoami", token).expectStatus().isUnauthorized();
	}

	@Test
	void dpopBoundTokenWithAProofOfAnotherKeyIsRefused() throws Exception {
		String token = boundTo(this.clientKey);
		dpop(token, proof(this.otherKey, token)).expectStatus().isUnauthorized();
	}

	@Test
	void dpopBoundTokenWithoutAProofIsRefused() throws Exception {
		client().get()
			.uri("/api/whoami")
			.header(HttpHeaders.AUTHORIZATION, "DPoP " + boundTo(this.clientKey))
			.exchange()
			.expectStatus()
			.isUnauthorized();
	}

	@Test
	void plainBearerTokensWorkAsBefore() {
		get("/api/whoami", tenant.userAccessToken().sign()).expectStatus().isOk();
	}

	private ResponseSpec dpop(String token, String proof) {
		return client().get()
			.uri("/api/whoami")
			.header(HttpHeaders.AUTHORIZATION, "DPoP " + token)
			.header("DPoP", proof)
			.exchange();
	}

	private static String boundTo(ECKey key) throws JOSEException {
		return tenant.userAccessToken().claim("cnf", Map.of("jkt", key.computeThumbprint().toString())).sign();
	}

	private static String proof(ECKey key, String token) throws JOSEException {
		return new DefaultDPoPProofFactory(key, JWSAlgorithm.ES256)
			.createDPoPJWT("GET", URI.create(WHOAMI), new DPoPAccessToken(token))
			.serialize();
	}

	private static ECKey newKey() {
		try {
			return new ECKeyGenerator(Curve.P_256).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
