package com.userclouds.spring.autoconfigure.diagnostics;

import java.time.Instant;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One check of the tenant.
 *
 * @param checkedAt when the check ran
 * @param discoveryProblem why discovery failed, or {@code null} when it answered
 * @param jwksProblem why the JWK set failed, {@code null} when it answered, or when it was not asked because its URL
 * is unknown (see {@link #jwksChecked()})
 * @param keyCount keys in the JWK set, {@code -1} when it was not read
 */
record TenantProbeResult(Instant checkedAt, String discoveryProblem, String jwksProblem, int keyCount) {

	static TenantProbeResult up(Instant checkedAt, int keyCount) {
		return new TenantProbeResult(checkedAt, null, null, keyCount);
	}

	static TenantProbeResult down(Instant checkedAt, String discoveryProblem, String jwksProblem, int keyCount) {
		return new TenantProbeResult(checkedAt, discoveryProblem, jwksProblem, keyCount);
	}

	boolean up() {
		return this.discoveryProblem == null && this.jwksProblem == null && this.keyCount > 0;
	}

	boolean jwksChecked() {
		return this.jwksProblem != null || this.keyCount >= 0;
	}

	String problem() {
		String problems = Stream.of(this.discoveryProblem, this.jwksProblem)
			.filter((problem) -> problem != null)
			.collect(Collectors.joining("; "));
		return problems.isEmpty() ? null : problems;
	}

}
