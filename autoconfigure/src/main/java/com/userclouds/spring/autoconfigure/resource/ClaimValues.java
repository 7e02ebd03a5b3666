package com.userclouds.spring.autoconfigure.resource;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a multi-valued claim the ways providers write it: a space-separated string (OAuth 2.0 {@code scope}) or an
 * array of strings ({@code scp}, roles). Anything else contributes nothing: the claims come from a signed token, but a
 * number where a string belongs must not turn into a server error.
 */
final class ClaimValues {

	/** Compiled once: {@code String.split("\\s+")} would compile it on every request. */
	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private ClaimValues() {
	}

	static Set<String> of(Object claim) {
		Set<String> values = new LinkedHashSet<>();
		if (claim instanceof String text) {
			addWords(text, values);
		}
		else if (claim instanceof Collection<?> items) {
			for (Object item : items) {
				if (item instanceof String text) {
					addWords(text, values);
				}
			}
		}
		return values;
	}

	private static void addWords(String text, Set<String> values) {
		for (String word : WHITESPACE.split(text.trim())) {
			if (!word.isEmpty()) {
				values.add(word);
			}
		}
	}

}
