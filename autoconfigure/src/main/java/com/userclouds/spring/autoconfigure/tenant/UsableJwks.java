package com.userclouds.spring.autoconfigure.tenant;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKParameterNames;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.util.JSONObjectUtils;

import com.userclouds.spring.autoconfigure.ThrottledWarnings;

/**
 * Drops the keys of a JWK set that cannot be parsed, so the others stay usable. Hand-written because Nimbus'
 * {@code JWKSet.parse} refuses the whole set when one key of a supported type is malformed, which would turn
 * one bad key at the tenant into a refusal of every bearer token and every login. Keys of a type Nimbus does not
 * support are dropped silently, as Nimbus itself ignores them (RFC 7517, section 5).
 */
final class UsableJwks {

	/** The key types {@link JWK#parse(Map)} knows; any other key it skips. */
	private static final String KEYS = "keys";

	private static final Set<KeyType> SUPPORTED = Set.of(KeyType.RSA, KeyType.EC, KeyType.OCT, KeyType.OKP);

	private final ThrottledWarnings warnings;

	UsableJwks(ThrottledWarnings warnings) {
		this.warnings = warnings;
	}

	/**
	 * @param content the JWK set document as the tenant served it
	 * @return the document without its unusable keys; the same string when every key parses, or when it is not a JWK
	 * set at all (Nimbus then refuses it, as before)
	 */
	String filter(String content) {
		Map<String, Object> document;
		List<Object> keys;
		try {
			document = JSONObjectUtils.parse(content);
			keys = JSONObjectUtils.getJSONArray(document, KEYS);
		}
		catch (ParseException ex) {
			return content;
		}
		if (keys == null) {
			return content;
		}
		List<Object> usable = new ArrayList<>(keys.size());
		for (int i = 0; i < keys.size(); i++) {
			if (isUsable(keys.get(i), i)) {
				usable.add(keys.get(i));
			}
		}
		if (usable.size() == keys.size()) {
			return content;
		}
		Map<String, Object> filtered = new LinkedHashMap<>(document);
		filtered.put(KEYS, usable);
		return JSONObjectUtils.toJSONString(filtered);
	}

	private boolean isUsable(Object entry, int position) {
		if (!(entry instanceof Map<?, ?> map)) {
			warn(position, null, "it is not a JSON object");
			return false;
		}
		@SuppressWarnings("unchecked")
		Map<String, Object> key = (Map<String, Object>) map;
		String kid = (key.get(JWKParameterNames.KEY_ID) instanceof String id) ? id : null;
		if (key.get(JWKParameterNames.KEY_TYPE) instanceof String kty && !SUPPORTED.contains(KeyType.parse(kty))) {
			return false;
		}
		try {
			JWK.parse(key);
			return true;
		}
		catch (ParseException | RuntimeException ex) {
			warn(position, kid, ex.getMessage());
			return false;
		}
	}

	private void warn(int position, String kid, String problem) {
		String which = (kid != null) ? "kid \"" + kid + "\"" : "at position " + position;
		this.warnings.warn("jwks-key:" + which, "The tenant's JWK set has a key that cannot be used (" + which + "): "
				+ problem + "; it is ignored and the tenant's other keys are used");
	}

}
