package com.userclouds.spring.autoconfigure.resource;

import java.util.Map;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import com.userclouds.spring.autoconfigure.resource.TokenRefusal.Reason;

/**
 * Checks the {@code cnf} (confirmation, RFC 7800) claim before the other validators run. A token bound to a DPoP key
 * ({@code cnf.jkt}) is refused unless DPoP is enabled: then it reaches the decoder only as a bearer token, and RFC 9449
 * (section 7.2) says a DPoP-bound token must not be accepted under the {@code Bearer} scheme. With DPoP enabled
 * (servlet stack) it passes here: Spring Security's DPoP filter accepts it only with a valid proof of its key, and its
 * bearer filter refuses it under {@code Bearer}. A {@code cnf} that is not a JSON object, or a
 * certificate thumbprint that is not a string, is refused too: Spring Security's
 * {@code X509CertificateThumbprintValidator} casts both unchecked, and its {@code ClassCastException} would end as a
 * 500.
 */
final class ConfirmationValidator implements OAuth2TokenValidator<Jwt> {

	static final String CNF = "cnf";

	static final String CERTIFICATE_THUMBPRINT = "x5t#S256";

	private static final String DPOP_KEY_THUMBPRINT = "jkt";

	private final boolean dpopProofsChecked;

	/**
	 * @param dpopProofsChecked whether Spring Security's DPoP support checks the proofs of DPoP-bound tokens
	 */
	ConfirmationValidator(boolean dpopProofsChecked) {
		this.dpopProofsChecked = dpopProofsChecked;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		Object cnf = token.getClaims().get(CNF);
		if (cnf == null) {
			return OAuth2TokenValidatorResult.success();
		}
		if (!(cnf instanceof Map<?, ?> confirmation) || (confirmation.containsKey(CERTIFICATE_THUMBPRINT)
				&& !(confirmation.get(CERTIFICATE_THUMBPRINT) instanceof String))) {
			return TokenRefusal.failure(Reason.UNPROVEN_BINDING, "The cnf claim is not valid");
		}
		if (confirmation.containsKey(DPOP_KEY_THUMBPRINT)
				&& (!this.dpopProofsChecked || !(confirmation.get(DPOP_KEY_THUMBPRINT) instanceof String))) {
			return TokenRefusal.failure(Reason.UNPROVEN_BINDING,
					"The token is bound to a DPoP key and cannot be used as a bearer token");
		}
		return OAuth2TokenValidatorResult.success();
	}

	/** Whether the token is bound to a client certificate. */
	static boolean isCertificateBound(Jwt token) {
		return token.getClaims().get(CNF) instanceof Map<?, ?> confirmation
				&& confirmation.containsKey(CERTIFICATE_THUMBPRINT);
	}

}
