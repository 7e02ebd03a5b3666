package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException;
import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.tenant.TenantJwkSource;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The access-token decoder against a fake UserClouds tenant, without Spring: signature, algorithms, claims, type.
 */
class AccessTokenDecodersTests {

	private static final String LOGIN_CLIENT_ID = "login-client-0001";

	private static FakeTenant tenant;

	@BeforeAll
	static void startTenant() {
		tenant = FakeTenant.start();
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	private JwtDecoder decoder() {
		return decoder(new ResourceServerProperties());
	}

	private UserCloudsTenant userCloudsTenant() {
		return tenantAt(tenant);
	}

	private static UserCloudsTenant tenantAt(FakeTenant fake) {
		UserCloudsProperties properties = new UserCloudsProperties();
		properties.setTenantUrl(fake.issuer());
		return new UserCloudsTenant(properties, new DefaultResourceRetriever(2000, 5000));
	}

	private static SigningAlgorithms signingAlgorithms(List<String> configured, UserCloudsTenant userCloudsTenant) {
		return new SigningAlgorithms(configured, userCloudsTenant, new TenantJwkSource(userCloudsTenant,
				new DefaultResourceRetriever(), new UserCloudsProperties().getDiscovery()));
	}

	private JwtDecoder decoder(ResourceServerProperties resourceServer) {
		return decoder(userCloudsTenant(), resourceServer);
	}

	private JwtDecoder decoder(UserCloudsTenant userCloudsTenant, ResourceServerProperties resourceServer) {
		UserCloudsProperties properties = new UserCloudsProperties();
		TenantJwkSource keys = new TenantJwkSource(userCloudsTenant, new DefaultResourceRetriever(2000, 5000),
				properties.getDiscovery());
		return AccessTokenDecoders.create(userCloudsTenant, keys, resourceServer, LOGIN_CLIENT_ID, Clock.systemUTC(),
				List.of());
	}

	@Test
	void acceptsUserCloudsUserAccessToken() {
		Jwt jwt = decoder().decode(tenant.userAccessToken().sign());
		assertThat(jwt.getIssuer().toString()).isEqualTo(tenant.issuer());
	}

	@Test
	void acceptsUserCloudsMachineToMachineToken() {
		assertThat(decoder().decode(tenant.m2mToken("https://orders.example.com").sign()).getSubject()).isNotBlank();
	}

	@ParameterizedTest
	@ValueSource(strings = { "at+jwt", "AT+JWT", "application/at+jwt", "Application/AT+JWT" })
	void acceptsRfc9068AccessTokenTypes(String type) {
		String token = tenant.userAccessToken().type(type).claim("client_id", "some-client").sign();
		assertThat(decoder().decode(token).getHeaders()).containsEntry("typ", type);
	}

	@Test
	void acceptsTokenWithoutType() {
		assertThat(decoder().decode(tenant.userAccessToken().type(null).sign()).getHeaders()).doesNotContainKey("typ");
	}

	@Test
	void rfc9068TypeWinsOverIdTokenLookingClaims() {
		assertThat(decoder().decode(tenant.userAccessToken().type("at+jwt").claim("nonce", "n").sign())).isNotNull();
	}

	@Test
	void refusesUserCloudsIdToken() {
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> decoder().decode(tenant.idToken(LOGIN_CLIENT_ID).sign()))
			.withMessageContaining("Not an access token");
	}

	@Test
	void refusesTokenAddressedOnlyToTheLoginClient() {
		// an ID token of a provider that sends no nonce and no UserClouds markers: only its audience gives it away
		String token = tenant.userAccessToken()
			.claim("subject_type", null)
			.claim("aud", List.of(LOGIN_CLIENT_ID))
			.sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token))
			.withMessageContaining("Not an access token (audience is the login client)");
	}

	@Test
	void acceptsAccessTokenNamingTheLoginClientNextToTheApi() {
		String token = tenant.userAccessToken().claim("aud", List.of(LOGIN_CLIENT_ID, tenant.issuer())).sign();
		assertThat(decoder().decode(token)).isNotNull();
	}

	@Test
	void acceptsIdTokenWhenConfiguredTo() {
		ResourceServerProperties properties = new ResourceServerProperties();
		properties.setAcceptIdTokens(true);
		assertThat(decoder(properties).decode(tenant.idToken(LOGIN_CLIENT_ID).sign())).isNotNull();
	}

	@Test
	void refusesOtherTokenTypesEvenWhenIdTokensAreAccepted() {
		ResourceServerProperties properties = new ResourceServerProperties();
		properties.setAcceptIdTokens(true);
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder(properties).decode(tenant.userAccessToken().type("logout+jwt").sign()));
	}

	@Test
	void refusesExpiredToken() {
		String token = tenant.userAccessToken().expiresAt(Instant.now().minus(Duration.ofMinutes(5))).sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token))
			.withMessageContaining("expired");
	}

	@Test
	void acceptsTokenExpiredWithinClockSkew() {
		String token = tenant.userAccessToken().expiresAt(Instant.now().minus(Duration.ofSeconds(10))).sign();
		assertThat(decoder().decode(token)).isNotNull();
	}

	@Test
	void refusesTokenWithoutExpiry() {
		String token = tenant.userAccessToken().expiresAt(null).sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token))
			.withMessageContaining("exp is required");
	}

	@Test
	void refusesTokenNotYetValid() {
		String token = tenant.userAccessToken()
			.claim("nbf", Date.from(Instant.now().plus(Duration.ofMinutes(10))))
			.sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token));
	}

	@Test
	void refusesTokenIssuedInTheFuture() {
		String token = tenant.userAccessToken()
			.claim("iat", Date.from(Instant.now().plus(Duration.ofMinutes(10))))
			.sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token))
			.withMessageContaining("issued in the future");
	}

	@Test
	void acceptsTokenIssuedHoursAgo() {
		String token = tenant.userAccessToken()
			.claim("iat", Date.from(Instant.now().minus(Duration.ofHours(5))))
			.sign();
		assertThat(decoder().decode(token)).isNotNull();
	}

	@Test
	void refusesWrongIssuer() {
		String token = tenant.userAccessToken().claim("iss", tenant.issuer() + "/").sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token))
			.withMessageContaining("iss");
	}

	@Test
	void refusesWrongAudience() {
		String token = tenant.userAccessToken().claim("aud", List.of("https://other.example.com")).sign();
		assertThatExceptionOfType(JwtValidationException.class).isThrownBy(() -> decoder().decode(token))
			.withMessageContaining("aud");
	}

	@Test
	void configuredAudiencesReplaceTheTenantUrl() {
		ResourceServerProperties properties = new ResourceServerProperties();
		properties.setAudiences(List.of("https://orders.example.com"));
		JwtDecoder decoder = decoder(properties);
		assertThat(decoder.decode(tenant.m2mToken("https://orders.example.com").sign())).isNotNull();
		assertThatExceptionOfType(JwtValidationException.class)
			.isThrownBy(() -> decoder.decode(tenant.userAccessToken().sign()));
	}

	@Test
	void refusesTamperedPayload() {
		String token = tenant.userAccessToken().tamperedWith("sub", "someone-else");
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder().decode(token));
	}

	@Test
	void refusesUnsignedToken() {
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder().decode(tenant.userAccessToken().unsigned()));
	}

	@Test
	void refusesHmacKeyedWithThePublicKey() {
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder().decode(tenant.userAccessToken().signHs256WithPublicKey()));
	}

	@Test
	void refusesKeyOfAnotherIssuer() {
		String token = tenant.userAccessToken().signedWith(FakeTenant.newKey()).sign();
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder().decode(token));
	}

	@Test
	void refusesAlgorithmsNotAllowed() {
		String token = tenant.userAccessToken().sign(JWSAlgorithm.PS256);
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoder().decode(token));
		ResourceServerProperties properties = new ResourceServerProperties();
		properties.setAlgorithms(List.of("PS256"));
		assertThat(decoder(properties).decode(token)).isNotNull();
		assertThatExceptionOfType(BadJwtException.class)
			.isThrownBy(() -> decoder(properties).decode(tenant.userAccessToken().sign()));
	}

	@Test
	void addsAsymmetricAlgorithmsTheTenantAdvertisesOnceDiscoveryIsKnown() {
		try (FakeTenant advertising = FakeTenant.start()) {
			advertising.advertiseAlgorithms("RS256", "ES256", "HS256", "none");
			UserCloudsTenant userCloudsTenant = tenantAt(advertising);
			SigningAlgorithms algorithms = signingAlgorithms(List.of(), userCloudsTenant);
			assertThat(algorithms.allowed()).containsExactly(JWSAlgorithm.RS256);
			assertThat(advertising.discoveryRequests()).isZero();
			userCloudsTenant.metadata();
			assertThat(algorithms.allowed()).containsExactlyInAnyOrder(JWSAlgorithm.RS256, JWSAlgorithm.ES256);
		}
	}

	@Test
	void configuredAlgorithmsIgnoreWhatTheTenantAdvertises() {
		try (FakeTenant advertising = FakeTenant.start()) {
			advertising.advertiseAlgorithms("RS256", "ES256");
			UserCloudsTenant userCloudsTenant = tenantAt(advertising);
			userCloudsTenant.metadata();
			SigningAlgorithms algorithms = signingAlgorithms(List.of("PS384"), userCloudsTenant);
			assertThat(algorithms.allowed()).containsExactly(JWSAlgorithm.PS384);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "none", "HS256", "HS512", "RSA-OAEP", "made-up" })
	void refusesToConfigureSymmetricOrUnknownAlgorithms(String algorithm) {
		assertThatExceptionOfType(InvalidUserCloudsPropertyException.class)
			.isThrownBy(() -> SigningAlgorithms.parse(List.of(algorithm)))
			.satisfies((ex) -> assertThat(ex.getName()).isEqualTo("userclouds.resource-server.algorithms"));
	}

}
