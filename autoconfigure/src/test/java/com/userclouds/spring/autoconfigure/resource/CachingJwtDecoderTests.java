package com.userclouds.spring.autoconfigure.resource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.tenant.TenantJwkSource;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;
import com.userclouds.spring.autoconfigure.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The rules of the validated-token cache, with a counting stand-in for the full decoder and a clock the tests move.
 */
class CachingJwtDecoderTests {

	private static final Duration SKEW = Duration.ofSeconds(60);

	private static final Instant NOW = Instant.parse("2026-01-01T10:00:00Z");

	private final MutableClock clock = new MutableClock(NOW);

	private final AtomicInteger fullValidations = new AtomicInteger();

	private Function<String, Jwt> validation = (token) -> jwt(token, NOW.minusSeconds(10), NOW.plus(Duration.ofHours(1)));

	private final JwtDecoder full = (token) -> {
		this.fullValidations.incrementAndGet();
		return this.validation.apply(token);
	};

	private final ValidatedTokenCache cache = new ValidatedTokenCache(100, SKEW, this.clock);

	private final CachingJwtDecoder decoder = new CachingJwtDecoder(this.full, this.cache);

	@Test
	void theSameTokenAgainIsAnsweredWithoutValidatingIt() {
		Jwt first = this.decoder.decode("token-a");
		Jwt second = this.decoder.decode("token-a");
		assertThat(second).isSameAs(first);
		assertThat(this.fullValidations).hasValue(1);
	}

	@Test
	void aCachedTokenIsCheckedAgainstItsExpiryOnEveryHit() {
		this.decoder.decode("token-a");
		this.clock.set(NOW.plus(Duration.ofHours(1)).plus(SKEW).minusMillis(1));
		this.decoder.decode("token-a");
		assertThat(this.fullValidations).hasValue(1);

		this.clock.set(NOW.plus(Duration.ofHours(1)).plus(SKEW));
		this.validation = (token) -> {
			throw new BadJwtException("Jwt expired");
		};
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("token-a"))
			.withMessage("Jwt expired");
		assertThat(this.fullValidations).hasValue(2);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void aCachedTokenIsCheckedAgainstItsNotBeforeOnEveryHit() {
		this.validation = (token) -> Jwt.withTokenValue(token)
			.header("alg", "RS256")
			.claim("nbf", NOW.minusSeconds(10))
			.expiresAt(NOW.plus(Duration.ofHours(1)))
			.build();
		this.decoder.decode("token-a");
		// the clock is set back, before nbf minus the skew
		this.clock.set(NOW.minusSeconds(10).minus(SKEW).minusMillis(1));
		this.decoder.decode("token-a");
		assertThat(this.fullValidations).hasValue(2);
		this.clock.set(NOW);
		this.decoder.decode("token-a");
		assertThat(this.fullValidations).hasValue(2);
	}

	@Test
	void countsHitsAndMissesForTheMetrics() {
		this.decoder.decode("token-a");
		this.decoder.decode("token-a");
		this.decoder.decode("token-a");
		assertThat(this.decoder.missCount()).isEqualTo(1);
		assertThat(this.decoder.hitCount()).isEqualTo(2);

		// past its exp: found, but not usable, so a miss that goes to full validation
		this.clock.set(NOW.plus(Duration.ofHours(1)).plus(SKEW));
		this.validation = (token) -> {
			throw new BadJwtException("Jwt expired");
		};
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("token-a"));
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("forged"));
		assertThat(this.decoder.missCount()).isEqualTo(3);
		assertThat(this.decoder.hitCount()).isEqualTo(2);
		assertThat(this.fullValidations).hasValue(3);
	}

	@Test
	void invalidTokensAreNeverCached() {
		this.validation = (token) -> {
			throw new BadJwtException("bad signature");
		};
		for (int i = 0; i < 3; i++) {
			assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> this.decoder.decode("forged"));
		}
		assertThat(this.fullValidations).hasValue(3);
		assertThat(this.cache.size()).isZero();
	}

	@Test
	void tokensWithoutExpiryAreNotCached() {
		this.validation = (token) -> Jwt.withTokenValue(token).header("alg", "RS256").subject("s").build();
		this.decoder.decode("token-a");
		this.decoder.decode("token-a");
		assertThat(this.fullValidations).hasValue(2);
	}

	@Test
	void clearingDropsEveryToken() {
		this.decoder.decode("token-a");
		this.decoder.decode("token-b");
		this.cache.clear();
		assertThat(this.cache.size()).isZero();
		this.decoder.decode("token-a");
		assertThat(this.fullValidations).hasValue(3);
	}

	@Test
	void aTokenValidatedWhileTheCacheWasClearedIsNotKept() {
		Function<String, Jwt> valid = this.validation;
		this.validation = (token) -> {
			// the key set changes while this token is being verified, perhaps with a key just removed
			this.cache.clear();
			return valid.apply(token);
		};
		this.decoder.decode("token-a");
		assertThat(this.cache.size()).isZero();
		this.validation = valid;
		this.decoder.decode("token-a");
		assertThat(this.cache.size()).isOne();
	}

	@Test
	void theBoundIsRespected() {
		ValidatedTokenCache small = new ValidatedTokenCache(10, SKEW, this.clock);
		CachingJwtDecoder bounded = new CachingJwtDecoder(this.full, small);
		for (int i = 0; i < 100; i++) {
			bounded.decode("token-" + i);
			assertThat(small.size()).isLessThanOrEqualTo(10);
		}
		assertThat(small.get("token-99")).isNotNull();
	}

	@Test
	void expiredTokensMakeRoomFirst() {
		ValidatedTokenCache small = new ValidatedTokenCache(3, SKEW, this.clock);
		CachingJwtDecoder bounded = new CachingJwtDecoder(this.full, small);
		this.validation = (token) -> jwt(token, NOW, NOW.plusSeconds(1));
		bounded.decode("short-lived");
		this.validation = (token) -> jwt(token, NOW, NOW.plus(Duration.ofHours(1)));
		bounded.decode("token-1");
		bounded.decode("token-2");
		this.clock.set(NOW.plusSeconds(1).plus(SKEW));
		bounded.decode("token-3");
		assertThat(small.size()).isEqualTo(3);
		assertThat(small.get("token-1")).isNotNull();
		assertThat(small.get("token-2")).isNotNull();
		assertThat(small.get("token-3")).isNotNull();
	}

	@Test
	void aCacheHoldsAtLeastOneToken() {
		assertThatIllegalArgumentException().isThrownBy(() -> new ValidatedTokenCache(0, SKEW, this.clock));
	}

	@Test
	void switchedOffByPropertyTheDecoderIsUsedAsItIs() {
		ResourceServerProperties properties = new ResourceServerProperties();
		properties.getCache().setEnabled(false);
		assertThat(CachingJwtDecoder.ifEnabled(this.full, properties, unusedKeys(), this.clock)).isSameAs(this.full);
	}

	private static TenantJwkSource unusedKeys() {
		UserCloudsProperties properties = new UserCloudsProperties();
		properties.setTenantUrl("https://acme-prod.tenant.userclouds.com");
		DefaultResourceRetriever retriever = new DefaultResourceRetriever();
		return new TenantJwkSource(new UserCloudsTenant(properties, retriever), retriever, properties.getDiscovery());
	}

	private static Jwt jwt(String token, Instant issuedAt, Instant expiresAt) {
		return Jwt.withTokenValue(token).header("alg", "RS256").issuedAt(issuedAt).expiresAt(expiresAt).build();
	}


}
