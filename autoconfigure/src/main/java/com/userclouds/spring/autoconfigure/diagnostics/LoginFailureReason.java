package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Why a login was refused: a fixed set read from the OAuth 2.0 error code, so the metric's tags stay few whatever a
 * provider puts in its {@code error} parameter. The codes are those of Spring Security's login (its
 * {@code OAuth2LoginAuthenticationFilter}, code and ID-token providers, token and user-info clients), of the
 * starter's own checks, and of RFC 6749 and OpenID Connect for the provider's answers.
 */
enum LoginFailureReason {

	/** No login of this browser waits for the response: {@code state} unknown, expired, already used or forged. */
	INVALID_STATE("authorization_request_not_found", "invalid_state_parameter"),

	/** RFC 9207: the response names another issuer than the tenant. */
	INVALID_ISSUER("invalid_issuer"),

	/** The ID token's nonce is missing or not the one of this login (a replay). */
	INVALID_NONCE("invalid_nonce"),

	/** The ID token failed validation (signature, claims, token type, hashes, another user). */
	INVALID_ID_TOKEN("invalid_id_token"),

	/** An access token in the authorization response that is not a valid token of the tenant for the same user. */
	INVALID_TOKEN("invalid_token"),

	/** The token endpoint could not be reached or its answer could not be read. */
	INVALID_TOKEN_RESPONSE("invalid_token_response"),

	/** The token endpoint refused the code (expired, used, or the PKCE verifier does not match). */
	INVALID_GRANT("invalid_grant"),

	/** The token endpoint refused the client's authentication. */
	INVALID_CLIENT("invalid_client"),

	INVALID_USER_INFO_RESPONSE("invalid_user_info_response"),

	/** The user or the provider declined. */
	ACCESS_DENIED("access_denied"),

	/** OpenID Connect: the provider needs the user to sign in, consent or choose an account. */
	INTERACTION_REQUIRED("interaction_required", "login_required", "consent_required", "account_selection_required"),

	INVALID_REQUEST("invalid_request"),

	UNAUTHORIZED_CLIENT("unauthorized_client"),

	UNSUPPORTED_RESPONSE_TYPE("unsupported_response_type"),

	INVALID_SCOPE("invalid_scope"),

	SERVER_ERROR("server_error"),

	/** The provider, or the tenant's discovery, cannot answer right now. */
	TEMPORARILY_UNAVAILABLE("temporarily_unavailable"),

	/** A code not listed here, or a failure without one. */
	OTHER;

	private static final Map<String, LoginFailureReason> BY_CODE = new HashMap<>();

	static {
		for (LoginFailureReason reason : values()) {
			for (String code : reason.codes) {
				BY_CODE.put(code, reason);
			}
		}
	}

	private final String[] codes;

	LoginFailureReason(String... codes) {
		this.codes = codes;
	}

	/** The tag value, e.g. {@code invalid_nonce}. */
	String tag() {
		return name().toLowerCase(Locale.ROOT);
	}

	/**
	 * @param errorCode an OAuth 2.0 error code, or {@code null}
	 */
	static LoginFailureReason of(String errorCode) {
		return (errorCode != null) ? BY_CODE.getOrDefault(errorCode, OTHER) : OTHER;
	}

}
