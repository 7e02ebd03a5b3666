package com.userclouds.spring.autoconfigure.resource;

import java.util.function.Predicate;

/**
 * One of Spring Security's firewall header checks ({@code StrictHttpFirewall}'s on the servlet stack,
 * {@code StrictServerWebExchangeFirewall}'s on the reactive one) with a fast path: a string of printable ASCII (and tab, where the
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

	/** The check of header names, in front of a firewall's stock one ({@code ALLOWED_HEADER_NAMES}, no tab). */
	static PrintableAsciiFirstHeaderCheck names(Predicate<String> stockCheck) {
		return new PrintableAsciiFirstHeaderCheck(stockCheck, false);
	}

	/** The check of header values, in front of a firewall's stock one ({@code ALLOWED_HEADER_VALUES}, tab allowed). */
	static PrintableAsciiFirstHeaderCheck values(Predicate<String> stockCheck) {
		return new PrintableAsciiFirstHeaderCheck(stockCheck, true);
	}

	@Override
	public boolean test(String value) {
		if (value == null) {
			return this.stockCheck.test(null);
		}
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if ((c < ' ' || c > '~') && !(c == '\t' && this.tabAllowed)) {
				return this.stockCheck.test(value);
			}
		}
		return true;
	}

}
