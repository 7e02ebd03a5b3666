package com.userclouds.spring.test;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The test tenant on its own: what it serves, the shape of its tokens, and that closing it stops the server.
 */
class TestTenantTests {

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void servesUserCloudsShapedDiscoveryAndItsKeys() throws Exception {
		try (TestTenant tenant = TestTenant.start()) {
			Map<String, Object> discovery = JSONObjectUtils.parse(get(tenant.issuer() + "/.well-known/openid-configuration"));
			assertThat(discovery).containsEntry("issuer", tenant.issuer())
				.containsEntry("jwks_uri", tenant.issuer() + "/.well-known/jwks.json")
				.containsEntry("token_endpoint", tenant.issuer() + "/oidc/token");
			JWKSet keys = JWKSet.parse(get(tenant.issuer() + "/.well-known/jwks.json"));
			assertThat(keys.getKeys()).hasSize(1);
			assertThat(keys.getKeys().get(0).isPrivate()).isFalse();
		}
	}

	@Test
	void tokensAreSignedWithThePublishedKeyAndShapedLikeUserClouds() throws Exception {
		try (TestTenant tenant = TestTenant.start()) {
			RSAKey key = (RSAKey) tenant.jwkSet().getKeys().get(0);
			SignedJWT access = SignedJWT.parse(tenant.accessToken().subject("u1").scopes("a", "b").build());
			assertThat(access.verify(new RSASSAVerifier(key))).isTrue();
			assertThat(access.getHeader().getKeyID()).isEqualTo(key.getKeyID());
			assertThat(access.getJWTClaimsSet().getAudience()).containsExactly(tenant.issuer());
			assertThat(access.getJWTClaimsSet().getClaim("scope")).isEqualTo("a b");
			assertThat(access.getJWTClaimsSet().getClaim("nonce")).isNull();
			SignedJWT id = SignedJWT.parse(tenant.idToken().build());
			assertThat(id.getJWTClaimsSet().getAudience()).containsExactly(TestTenant.DEFAULT_CLIENT_ID, tenant.issuer());
			assertThat(id.getJWTClaimsSet().getClaim("subject_type")).isEqualTo("_user");
			SignedJWT m2m = SignedJWT.parse(tenant.m2mToken().addAudience("https://api.example.com").build());
			assertThat(m2m.getJWTClaimsSet().getAudience()).containsExactly(tenant.issuer(), "https://api.example.com");
			assertThat(m2m.getJWTClaimsSet().getClaim("subject_type")).isEqualTo("_login_app");
			SignedJWT forged = SignedJWT.parse(tenant.accessToken().signedByAnotherKey().build());
			assertThat(forged.verify(new RSASSAVerifier(key))).isFalse();
		}
	}

	@Test
	void closingStopsTheServer() throws Exception {
		TestTenant tenant = TestTenant.start();
		String jwks = tenant.issuer() + "/.well-known/jwks.json";
		tenant.close();
		assertThatExceptionOfType(ConnectException.class).isThrownBy(() -> get(jwks));
	}

	private String get(String url) throws Exception {
		HttpResponse<String> response = this.http.send(HttpRequest.newBuilder(URI.create(url)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
