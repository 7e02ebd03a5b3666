package com.userclouds.spring.autoconfigure.resource;

import java.util.function.Predicate;

import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * One of {@link StrictHttpFirewall}'s header checks with a fast path: a string of printable ASCII (and tab, where the
 * check allows it) passes at once, anything else goes to Spring Security's own check, so what is accepted does not
 * change.
 * <p>
 * Why by hand: the stock checks are Unicode-property regular expressions run over every header the application reads.
 * A bearer token is about a kilobyte, and matching it took most of the CPU time of a request whose token was already
 * in the validated-token cache (see docs/benchmarks.md). Printable ASCII is always assigned and never a control
 * character, so both stock patterns match it.
 */
final class PrintableAsciiFirstHeaderCheck implements Predicate<String> {

	private final Predicate<String> stockCheck;

	private final boolean tabAllowed;

	private PrintableAsciiFirstHeaderCheck(Predicate<String> stockCheck, boolean tabAllowed) {
		this.stockCheck = stockCheck;
		this.tabAllowed = tabAllowed;
	}

	/** The check of header names: {@link StrictHttpFirewall#ALLOWED_HEADER_NAMES}, which refuses a tab. */
	static PrintableAsciiFirstHeaderCheck names() {
		return new PrintableAsciiFirstHeaderCheck(StrictHttpFirewall.ALLOWED_HEADER_NAMES, false);
	}

	/** The check of header values: {@link StrictHttpFirewall#ALLOWED_HEADER_VALUES}, which allows a tab. */
	static PrintableAsciiFirstHeaderCheck values() {
		return new PrintableAsciiFirstHeaderCheck(StrictHttpFirewall.ALLOWED_HEADER_VALUES, true);
	}

	@Override
	public boolean test(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < ' ' || c > '~') && !(c == '\t' && this.tabAllowed)) {
				return this.stockCheck.test(value);
			}
		}
		return true;
	}

}
