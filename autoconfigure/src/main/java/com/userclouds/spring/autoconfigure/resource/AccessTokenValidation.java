package com.userclouds.spring.autoconfigure.resource;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

import com.userclouds.spring.autoconfigure.resource.TokenRefusal.Reason;

/**
 * The whole validation of an access token: the {@link ConfirmationValidator} first, then the chain built by
 * {@link JwtValidators#createDefaultWithValidators} (which adds Spring Security's certificate-thumbprint check for
 * certificate-bound tokens), so that every refusal carries a {@link Reason}.
 * <p>
 * The starter's own validators set a reason themselves. Spring Security's {@code JwtTimestampValidator} and
 * {@code X509CertificateThumbprintValidator} return plain errors and cannot be wrapped: the chain builder must find
 * them as they are, or it adds defaults of its own (a 60-second skew and the system clock). Their reason is read here
 * from the claims they check. An error of an application's validator on a token that passes those checks keeps no
 * reason.
 */
final class AccessTokenValidation implements OAuth2TokenValidator<Jwt> {

	private final OAuth2TokenValidator<Jwt> confirmation;

	private final OAuth2TokenValidator<Jwt> chain;

	private final Duration clockSkew;

	private final Clock clock;

	/**
	 * @param chain the result of {@link JwtValidators#createDefaultWithValidators}
	 * @param clockSkew the skew of the chain's timestamp validator
	 * @param clock the clock of the chain's timestamp validator
	 * @param dpopProofsChecked whether DPoP-bound tokens pass the {@link ConfirmationValidator} (DPoP enabled)
	 */
	AccessTokenValidation(OAuth2TokenValidator<Jwt> chain, Duration clockSkew, Clock clock, boolean dpopProofsChecked) {
		this.confirmation = new ConfirmationValidator(dpopProofsChecked);
		this.chain = chain;
		this.clockSkew = clockSkew;
		this.clock = clock;
	}

	@Override
	public OAuth2TokenValidatorResult validate(Jwt token) {
		OAuth2TokenValidatorResult confirmed = this.confirmation.validate(token);
		if (confirmed.hasErrors()) {
			return confirmed;
		}
		OAuth2TokenValidatorResult result = this.chain.validate(token);
		if (!result.hasErrors()) {
			return result;
		}
		Reason reason = reasonOfSpringDefaults(token);
		return (reason != null) ? TokenRefusal.withReason(reason, result) : result;
	}

	private Reason reasonOfSpringDefaults(Jwt token) {
		Instant now = this.clock.instant();
		Instant expiresAt = token.getExpiresAt();
		if (expiresAt == null || now.minus(this.clockSkew).isAfter(expiresAt)) {
			return Reason.EXPIRED;
		}
		Instant notBefore = token.getNotBefore();
		if (notBefore != null && now.plus(this.clockSkew).isBefore(notBefore)) {
			return Reason.NOT_YET_VALID;
		}
		return ConfirmationValidator.isCertificateBound(token) ? Reason.UNPROVEN_BINDING : null;
	}

}
