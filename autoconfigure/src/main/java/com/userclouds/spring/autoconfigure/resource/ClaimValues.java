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

	/**
	 * Whether the claim holds this value, as {@link #of(Object)} would read it, without building the set: the
	 * {@link RequireScopes} check runs on every request.
	 */
	static boolean contains(Object claim, String value) {
		if (value.isEmpty() || hasWhitespace(value)) {
			return false;
		}
		if (claim instanceof String text) {
			return containsWord(text, value);
		}
		if (claim instanceof Collection<?> items) {
			for (Object item : items) {
				if (item instanceof String text && containsWord(text, value)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean containsWord(String text, String word) {
		for (int from = text.indexOf(word); from >= 0; from = text.indexOf(word, from + 1)) {
			int end = from + word.length();
			if ((from == 0 || isWhitespace(text.charAt(from - 1)))
					&& (end == text.length() || isWhitespace(text.charAt(end)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean hasWhitespace(String value) {
		for (int i = 0; i < value.length(); i++) {
			if (isWhitespace(value.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** What {@code \s} matches in {@link #WHITESPACE}. */
	private static boolean isWhitespace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
	}

}
