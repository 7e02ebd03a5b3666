package com.userclouds.spring.autoconfigure.resource;

import java.security.Key;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.SecurityContext;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The key selector that converts each of the tenant's keys once.
 */
class PublicKeyCachingSelectorTests {

	private final RSAKey first = FakeTenant.newKey();

	private final RSAKey second = FakeTenant.newKey();

	private final PublicKeyCachingSelector selector = new PublicKeyCachingSelector(Set.of(JWSAlgorithm.RS256),
			new ImmutableJWKSet<SecurityContext>(new JWKSet(List.of(this.first.toPublicJWK(), this.second.toPublicJWK()))));

	@Test
	void selectsThePublicKeyNamedByKidAndConvertsItOnce() throws Exception {
		List<Key> keys = this.selector.selectJWSKeys(header(JWSAlgorithm.RS256, this.second), null);
		assertThat(keys).hasSize(1);
		assertThat(((RSAPublicKey) keys.get(0)).getModulus()).isEqualTo(this.second.toRSAPublicKey().getModulus());
		assertThat(this.selector.selectJWSKeys(header(JWSAlgorithm.RS256, this.second), null).get(0))
			.isSameAs(keys.get(0));
	}

	@Test
	void withoutKidEveryMatchingKeyIsTried() throws Exception {
		assertThat(this.selector.selectJWSKeys(new JWSHeader.Builder(JWSAlgorithm.RS256).build(), null)).hasSize(2);
	}

	@Test
	void selectsNothingForAnAlgorithmNotAllowedOrAnUnknownKid() throws Exception {
		assertThat(this.selector.selectJWSKeys(header(JWSAlgorithm.RS512, this.first), null)).isEmpty();
		assertThat(this.selector.selectJWSKeys(header(JWSAlgorithm.RS256, FakeTenant.newKey()), null)).isEmpty();
	}

	@Test
	void neverReturnsAPrivateKey() throws Exception {
		PublicKeyCachingSelector withPrivateKeys = new PublicKeyCachingSelector(Set.of(JWSAlgorithm.RS256),
				new ImmutableJWKSet<SecurityContext>(new JWKSet(this.first)));
		assertThat(withPrivateKeys.selectJWSKeys(header(JWSAlgorithm.RS256, this.first), null))
			.singleElement()
			.isInstanceOf(RSAPublicKey.class);
	}

	private static JWSHeader header(JWSAlgorithm algorithm, RSAKey key) {
		return new JWSHeader.Builder(algorithm).keyID(key.getKeyID()).build();
	}

}
