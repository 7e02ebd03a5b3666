package com.userclouds.spring.autoconfigure.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;

import static org.assertj.core.api.Assertions.assertThat;

class ExpiryFromJwtTokenResponseConverterTests {

	private static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");

	private final ExpiryFromJwtTokenResponseConverter converter = new ExpiryFromJwtTokenResponseConverter(
			Duration.ofMinutes(5), Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void userCloudsResponseWithoutExpiresInLivesUntilTheJwtExp() throws Exception {
		String jwt = jwtExpiringAt(NOW.plus(Duration.ofHours(24)));
		OAuth2AccessTokenResponse response = this.converter
			.convert(Map.of("access_token", jwt, "token_type", "Bearer", "id_token", "x", "refresh_token", "r"));
		Duration lifetime = Duration.between(response.getAccessToken().getIssuedAt(),
				response.getAccessToken().getExpiresAt());
		assertThat(lifetime).isEqualTo(Duration.ofHours(24));
		assertThat(response.getRefreshToken().getTokenValue()).isEqualTo("r");
		assertThat(response.getAdditionalParameters()).containsEntry("id_token", "x");
	}

	@Test
	void expiresInWhenPresentWins() throws Exception {
		OAuth2AccessTokenResponse response = this.converter.convert(Map.of("access_token",
				jwtExpiringAt(NOW.plus(Duration.ofHours(24))), "token_type", "Bearer", "expires_in", "600"));
		assertThat(Duration.between(response.getAccessToken().getIssuedAt(), response.getAccessToken().getExpiresAt()))
			.isEqualTo(Duration.ofMinutes(10));
	}

	@Test
	void opaqueTokenGetsTheFallbackLifetime() {
		OAuth2AccessTokenResponse response = this.converter
			.convert(Map.of("access_token", "opaque-value", "token_type", "Bearer"));
		assertThat(Duration.between(response.getAccessToken().getIssuedAt(), response.getAccessToken().getExpiresAt()))
			.isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void alreadyExpiredJwtGetsTheMinimumLifetimeNotANegativeOne() throws Exception {
		assertThat(this.converter.lifetimeSeconds(jwtExpiringAt(NOW.minusSeconds(30)))).isEqualTo(1);
	}

	private static String jwtExpiringAt(Instant exp) throws Exception {
		RSAKey key = new RSAKeyGenerator(2048).keyID("k1").generate();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1").build(),
				new JWTClaimsSet.Builder().subject("app").expirationTime(Date.from(exp)).build());
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

}
