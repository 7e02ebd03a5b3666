package com.userclouds.spring.localtenant.server;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.util.StringUtils;

/**
 * Scope lists from properties: each entry may itself hold several space- or comma-separated scopes, so both
 * {@code scopes: orders:read orders:write} and a YAML list work.
 */
final class Scopes {

	private Scopes() {
	}

	static Set<String> of(Collection<String> entries) {
		Set<String> scopes = new LinkedHashSet<>();
		for (String entry : entries) {
			scopes.addAll(Set.of(StringUtils.tokenizeToStringArray(entry, " ,")));
		}
		return scopes;
	}

	static String joined(Collection<String> scopes) {
		return String.join(" ", scopes);
	}

}
