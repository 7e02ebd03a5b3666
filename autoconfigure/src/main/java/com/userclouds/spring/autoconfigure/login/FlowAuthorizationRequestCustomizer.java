package com.userclouds.spring.autoconfigure.login;

import java.util.function.Consumer;

import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;

/**
 * Turns the code-flow request that Spring Security's resolver builds (state, nonce, PKCE per the registration) into
 * the configured flow's request: its {@code response_type}, the {@code response_mode} if one is configured, and no
 * PKCE for the implicit flow, which has no code to bind. The response type is kept in the request's attributes, so the
 * callback knows what to expect after the request comes back out of the session.
 */
final class FlowAuthorizationRequestCustomizer implements Consumer<OAuth2AuthorizationRequest.Builder> {

	/** Attribute of the stored authorization request holding the response type that was sent. */
	static final String RESPONSE_TYPE_ATTRIBUTE = OAuth2ParameterNames.RESPONSE_TYPE;

	private final LoginFlow flow;

	private final String responseType;

	private final ResponseMode responseMode;

	FlowAuthorizationRequestCustomizer(LoginClientRegistration login) {
		this.flow = login.flow();
		this.responseType = login.responseType();
		this.responseMode = login.properties().getResponseMode();
	}

	@Override
	public void accept(OAuth2AuthorizationRequest.Builder builder) {
		builder.attributes((attributes) -> {
			attributes.put(RESPONSE_TYPE_ATTRIBUTE, this.responseType);
			if (this.flow == LoginFlow.IMPLICIT) {
				attributes.remove(PkceParameterNames.CODE_VERIFIER);
			}
		});
		if (this.flow == LoginFlow.IMPLICIT) {
			builder.additionalParameters((parameters) -> {
				parameters.remove(PkceParameterNames.CODE_CHALLENGE);
				parameters.remove(PkceParameterNames.CODE_CHALLENGE_METHOD);
			});
		}
		builder.parameters((parameters) -> {
			parameters.put(OAuth2ParameterNames.RESPONSE_TYPE, this.responseType);
			if (this.responseMode != null) {
				parameters.put("response_mode", this.responseMode.parameterValue());
			}
		});
	}

}
