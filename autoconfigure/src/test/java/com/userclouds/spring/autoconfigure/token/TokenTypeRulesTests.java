package com.userclouds.spring.autoconfigure.token;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that tell an access token from an ID token, with tokens shaped like UserClouds', RFC 9068 providers' and
 * Keycloak's.
 */
class TokenTypeRulesTests {

	private static final String TENANT = "https://acme-prod.tenant.userclouds.com";

	private static final String CLIENT_ID = "client-0001";

	private final TokenTypeRules rules = new TokenTypeRules(List.of(TENANT), List.of(CLIENT_ID));

	private static final Map<String, Object> JWT_HEADER = Map.of("alg", "RS256", "kid", "k1", "typ", "JWT");

	@Test
	void userCloudsUserAccessTokenIsAnAccessToken() {
		TokenClassification classification = this.rules.classify(JWT_HEADER,
				Map.of("iss", TENANT, "aud", List.of(TENANT), "sub", "u1", "subject_type",
						"6f0a9d7e-0000-4000-8000-000000000001"));
		assertThat(classification.type()).isEqualTo(TokenType.ACCESS_TOKEN);
		assertThat(classification.isAccessToken()).isTrue();
	}

	@Test
	void userCloudsMachineToMachineTokenIsAnAccessToken() {
		assertThat(this.rules
			.classify(JWT_HEADER, Map.of("aud", List.of("https://api.example.com", TENANT), "subject_type", "_login_app"))
			.type()).isEqualTo(TokenType.ACCESS_TOKEN);
	}

	@Test
	void userCloudsIdTokenIsAnIdToken() {
		TokenClassification classification = this.rules.classify(JWT_HEADER, Map.of("aud", List.of(CLIENT_ID, TENANT),
				"azp", CLIENT_ID, "nonce", "n", "subject_type", "_user"));
		assertThat(classification.isIdToken()).isTrue();
	}

	@Test
	void userCloudsSubjectTypeUserMarksAnIdTokenWithoutNonce() {
		TokenClassification classification = this.rules.classify(JWT_HEADER,
				Map.of("aud", List.of(CLIENT_ID, TENANT), "subject_type", "_user"));
		assertThat(classification.isIdToken()).isTrue();
		assertThat(classification.reason()).isEqualTo("subject_type _user");
	}

	@ParameterizedTest
	@ValueSource(strings = { "nonce", "at_hash", "c_hash" })
	void idTokenOnlyClaimsMarkAnIdToken(String claim) {
		TokenClassification classification = this.rules.classify(Map.of("alg", "RS256"),
				Map.of("aud", TENANT, claim, "x"));
		assertThat(classification.isIdToken()).isTrue();
		assertThat(classification.reason()).isEqualTo("has " + claim);
	}

	@ParameterizedTest
	@ValueSource(strings = { "at+jwt", "AT+JWT", "application/at+jwt", "Application/At+Jwt" })
	void rfc9068TypeIsAnAccessTokenWhateverItsClaims(String typ) {
		TokenClassification classification = this.rules.classify(Map.of("alg", "RS256", "typ", typ),
				Map.of("aud", CLIENT_ID, "nonce", "n"));
		assertThat(classification.isAccessToken()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "logout+jwt", "dpop+jwt", "secevent+jwt" })
	void otherTypesAreNeitherKind(String typ) {
		assertThat(this.rules.classify(Map.of("alg", "RS256", "typ", typ), Map.of("aud", TENANT)).type())
			.isEqualTo(TokenType.OTHER);
	}

	@Test
	void keycloakIdTokenIsAnIdToken() {
		TokenClassification classification = this.rules.classify(JWT_HEADER,
				Map.of("typ", "ID", "aud", CLIENT_ID, "azp", CLIENT_ID));
		assertThat(classification.isIdToken()).isTrue();
	}

	@Test
	void keycloakAccessTokenIsAnAccessToken() {
		assertThat(this.rules
			.classify(JWT_HEADER, Map.of("typ", "Bearer", "aud", List.of(TENANT, "account"), "azp", CLIENT_ID,
					"scope", "openid profile"))
			.isAccessToken()).isTrue();
	}

	@Test
	void audienceOfTheLoginClientAloneMarksAnIdToken() {
		TokenClassification classification = this.rules.classify(JWT_HEADER, Map.of("aud", CLIENT_ID));
		assertThat(classification.isIdToken()).isTrue();
		assertThat(classification.reason()).isEqualTo("audience is the login client");
	}

	@Test
	void audienceOfTheLoginClientNextToTheApiIsAnAccessToken() {
		assertThat(this.rules.classify(JWT_HEADER, Map.of("aud", List.of(CLIENT_ID, TENANT))).isAccessToken()).isTrue();
	}

	@Test
	void withoutLoginClientsTheAudienceDecidesNothing() {
		TokenTypeRules apiOnly = new TokenTypeRules(List.of(TENANT), List.of());
		assertThat(apiOnly.classify(JWT_HEADER, Map.of("aud", CLIENT_ID)).isAccessToken()).isTrue();
	}

	@Test
	void oddAudienceShapesDoNotBreakTheRules() {
		assertThat(TokenTypeRules.audiences(42)).isEmpty();
		assertThat(TokenTypeRules.audiences(null)).isEmpty();
		assertThat(TokenTypeRules.audiences(List.of(CLIENT_ID, 7))).containsExactly(CLIENT_ID, "7");
	}

}
