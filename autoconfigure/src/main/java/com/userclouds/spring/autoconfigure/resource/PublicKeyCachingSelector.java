package com.userclouds.spring.autoconfigure.resource;

import java.security.Key;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.KeyConverter;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

/**
 * Nimbus' {@link JWSVerificationKeySelector}, except that each of the tenant's JWKs is converted to a Java public key
 * once instead of for every token: Nimbus decodes the modulus and runs a {@code KeyFactory} per token, which costs
 * about a tenth of an RS256 verification. Only public keys are returned (the starter never allows symmetric
 * algorithms). A key set can only hold a handful of keys, yet a tenant rotating keys for years must not grow the
 * memo without end: it starts over when it holds more than {@value #MAX_KEYS}.
 */
final class PublicKeyCachingSelector extends JWSVerificationKeySelector<SecurityContext> {

	private static final int MAX_KEYS = 64;

	private final Map<JWK, List<Key>> publicKeys = new ConcurrentHashMap<>();

	PublicKeyCachingSelector(Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys) {
		super(algorithms, keys);
	}

	@Override
	public List<Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
		JWKMatcher matcher = createJWKMatcher(header);
		if (matcher == null) {
			return List.of();
		}
		List<JWK> matches = getJWKSource().get(new JWKSelector(matcher), context);
		if (matches.size() == 1) {
			return publicKeys(matches.get(0));
		}
		List<Key> keys = new ArrayList<>();
		for (JWK jwk : matches) {
			keys.addAll(publicKeys(jwk));
		}
		return keys;
	}

	private List<Key> publicKeys(JWK jwk) {
		List<Key> known = this.publicKeys.get(jwk);
		if (known != null) {
			return known;
		}
		if (this.publicKeys.size() >= MAX_KEYS) {
			this.publicKeys.clear();
		}
		return this.publicKeys.computeIfAbsent(jwk,
				(key) -> KeyConverter.toJavaKeys(List.of(key)).stream().filter(PublicKey.class::isInstance).toList());
	}

}
