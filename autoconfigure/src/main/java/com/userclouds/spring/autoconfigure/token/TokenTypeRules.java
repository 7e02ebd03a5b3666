package com.userclouds.spring.autoconfigure.token;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells an access token from an ID token. Written by hand because neither Spring Security nor Nimbus has it: a
 * resource server must never take an ID token for an access token, and a login must never take an access token for
 * an ID token, yet many providers (UserClouds among them) sign both the same way with the same keys.
 * <p>
 * The rules, first match wins:
 * <ol>
 * <li>header {@code typ} is {@code at+jwt} or {@code application/at+jwt} (any case): an access token (RFC 9068);</li>
 * <li>header {@code typ} names anything other than {@code JWT}: another kind of JWT;</li>
 * <li>an ID-token claim: {@code nonce}, {@code at_hash}, {@code c_hash}, UserClouds' {@code subject_type: "_user"},
 * Keycloak's {@code typ: "ID"}: an ID token;</li>
 * <li>{@code aud} names a login client id and none of the API audiences: an ID token (its audience is the client);</li>
 * <li>otherwise: an access token.</li>
 * </ol>
 */
public final class TokenTypeRules {

	private static final Set<String> ACCESS_TOKEN_TYPES = Set.of("at+jwt", "application/at+jwt");

	private static final Set<String> ID_TOKEN_ONLY_CLAIMS = Set.of("nonce", "at_hash", "c_hash");

	private final Set<String> apiAudiences;

	private final Set<String> loginClientIds;

	/**
	 * @param apiAudiences audiences that access tokens for this application carry
	 * @param loginClientIds client ids of the application's own login clients (ID tokens are addressed to them)
	 */
	public TokenTypeRules(Collection<String> apiAudiences, Collection<String> loginClientIds) {
		this.apiAudiences = Set.copyOf(apiAudiences);
		this.loginClientIds = Set.copyOf(loginClientIds);
	}

	/**
	 * @param headers the JOSE header
	 * @param claims the claims set
	 */
	public TokenClassification classify(Map<String, Object> headers, Map<String, Object> claims) {
		Object typ = headers.get("typ");
		if (typ != null) {
			String type = typ.toString().toLowerCase(Locale.ROOT);
			if (ACCESS_TOKEN_TYPES.contains(type)) {
				return new TokenClassification(TokenType.ACCESS_TOKEN, "typ at+jwt");
			}
			if (!type.equals("jwt") && !type.equals("application/jwt")) {
				return new TokenClassification(TokenType.OTHER, "typ " + typ);
			}
		}
		for (String claim : ID_TOKEN_ONLY_CLAIMS) {
			if (claims.containsKey(claim)) {
				return new TokenClassification(TokenType.ID_TOKEN, "has " + claim);
			}
		}
		if ("_user".equals(claims.get("subject_type"))) {
			return new TokenClassification(TokenType.ID_TOKEN, "subject_type _user");
		}
		if ("ID".equals(claims.get("typ"))) {
			return new TokenClassification(TokenType.ID_TOKEN, "typ claim ID");
		}
		List<String> audiences = audiences(claims.get("aud"));
		boolean forLoginClient = audiences.stream().anyMatch(this.loginClientIds::contains);
		boolean forApi = audiences.stream().anyMatch(this.apiAudiences::contains);
		if (forLoginClient && !forApi) {
			return new TokenClassification(TokenType.ID_TOKEN, "audience is the login client");
		}
		return new TokenClassification(TokenType.ACCESS_TOKEN, "no ID token marks");
	}

	static List<String> audiences(Object aud) {
		if (aud instanceof String single) {
			return List.of(single);
		}
		if (aud instanceof Collection<?> many) {
			return many.stream().map(String::valueOf).toList();
		}
		return List.of();
	}

}
