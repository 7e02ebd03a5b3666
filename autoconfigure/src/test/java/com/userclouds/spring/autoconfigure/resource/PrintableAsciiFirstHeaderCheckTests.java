package com.userclouds.spring.autoconfigure.resource;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fast header checks accept exactly what Spring Security's own checks accept.
 */
class PrintableAsciiFirstHeaderCheckTests {

	// code points from every class the stock patterns tell apart: printable ASCII, tab, other controls (C0, DEL, C1),
	// Latin-1, unassigned (U+0378, U+FFFF), a format character, a supplementary character and lone surrogates
	private static final int[] ALPHABET = { 'a', 'Z', '0', ' ', '~', '=', '"', '\t', '\n', '\r', 0, 0x1F, 0x7F, 0x85,
			0x9F, 0xA0, 0xE4, 0x378, 0x200B, 0xFFFF, 0x1F600, 0xD800, 0xDC00 };

	@Test
	void valuesAgreeWithTheStockCheck() {
		assertAgree(PrintableAsciiFirstHeaderCheck.values(StrictHttpFirewall.ALLOWED_HEADER_VALUES),
				StrictHttpFirewall.ALLOWED_HEADER_VALUES);
	}

	@Test
	void namesAgreeWithTheStockCheck() {
		assertAgree(PrintableAsciiFirstHeaderCheck.names(StrictHttpFirewall.ALLOWED_HEADER_NAMES),
				StrictHttpFirewall.ALLOWED_HEADER_NAMES);
	}

	@Test
	void reactiveValuesAgreeWithTheStockCheck() {
		assertAgree(PrintableAsciiFirstHeaderCheck.values(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES),
				StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES);
		assertThat(PrintableAsciiFirstHeaderCheck.values(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES)
			.test(null)).isEqualTo(StrictServerWebExchangeFirewall.ALLOWED_HEADER_VALUES.test(null));
	}

	@Test
	void reactiveNamesAgreeWithTheStockCheck() {
		assertAgree(PrintableAsciiFirstHeaderCheck.names(StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES),
				StrictServerWebExchangeFirewall.ALLOWED_HEADER_NAMES);
	}

	@Test
	void printableAsciiPassesAndControlsDoNot() {
		Predicate<String> values = PrintableAsciiFirstHeaderCheck.values(StrictHttpFirewall.ALLOWED_HEADER_VALUES);
		assertThat(values.test("Bearer eyJhbGciOiJSUzI1NiJ9.e30.c2ln")).isTrue();
		assertThat(values.test("a\tb")).isTrue();
		assertThat(values.test("a\r\nSet-Cookie: x=y")).isFalse();
		assertThat(values.test("a\u0000b")).isFalse();
		assertThat(values.test("caf\u00e9")).isTrue();
		assertThat(values.test("\u0378")).isFalse();
		assertThat(PrintableAsciiFirstHeaderCheck.names(StrictHttpFirewall.ALLOWED_HEADER_NAMES).test("X\tName"))
			.isFalse();
	}

	private static void assertAgree(Predicate<String> fast, Predicate<String> stock) {
		for (String sample : samples()) {
			assertThat(fast.test(sample)).as("%s", escaped(sample)).isEqualTo(stock.test(sample));
		}
	}

	private static List<String> samples() {
		Random random = new Random(20261128);
		List<String> samples = new java.util.ArrayList<>(List.of("", " ", "\t", "~", "\u007f"));
		for (int i = 0; i < 20_000; i++) {
			StringBuilder sample = new StringBuilder();
			int length = random.nextInt(12);
			for (int j = 0; j < length; j++) {
				// mostly printable ASCII, as real headers are, so that one odd character decides the outcome
				int codePoint = (random.nextInt(4) == 0) ? ALPHABET[random.nextInt(ALPHABET.length)]
						: ' ' + random.nextInt('~' - ' ' + 1);
				sample.appendCodePoint(codePoint);
			}
			samples.add(sample.toString());
		}
		return samples;
	}

	private static String escaped(String value) {
		StringBuilder escaped = new StringBuilder();
		value.chars().forEach((c) -> escaped.append((c >= ' ' && c <= '~') ? String.valueOf((char) c) : String.format("\\u%04x", c)));
		return escaped.toString();
	}

}
