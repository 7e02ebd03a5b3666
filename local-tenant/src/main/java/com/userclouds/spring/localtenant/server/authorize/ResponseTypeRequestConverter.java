package com.userclouds.spring.localtenant.server.authorize;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2AuthorizationCodeRequestAuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Reads an authorization request of any supported response type. Spring Authorization Server's converter reads every
 * parameter (it only accepts {@code response_type=code}, so it is shown the request as a code request); this one adds
 * the real response types and {@code response_mode}. Requests without a supported {@code response_type} (consent
 * submissions, pushed requests, unsupported types) are left to SAS's own converters and errors.
 */
public final class ResponseTypeRequestConverter implements AuthenticationConverter {

	private final AuthenticationConverter codeRequests = new OAuth2AuthorizationCodeRequestAuthenticationConverter();

	@Override
	public Authentication convert(HttpServletRequest request) {
		String[] responseType = request.getParameterValues(OAuth2ParameterNames.RESPONSE_TYPE);
		if (responseType == null || responseType.length != 1) {
			return null;
		}
		ResponseTypes responseTypes = ResponseTypes.parse(responseType[0]);
		if (responseTypes == null) {
			return null;
		}
		ResponseMode responseMode = ResponseMode.parse(request.getParameter("response_mode"));
		if (responseMode == null) {
			OAuth2Error error = new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST,
					"OAuth 2.0 Parameter: response_mode (query, fragment or form_post)",
					"https://openid.net/specs/oauth-v2-multiple-response-types-1_0.html#ResponseModes");
			throw new OAuth2AuthorizationCodeRequestAuthenticationException(error, null);
		}
		Authentication codeRequest = this.codeRequests.convert(new AsCodeRequest(request));
		if (!(codeRequest instanceof OAuth2AuthorizationCodeRequestAuthenticationToken authorizationRequest)) {
			return codeRequest;
		}
		return new ResponseTypeAuthorizationRequest(authorizationRequest, responseTypes, responseMode);
	}

	/**
	 * The request with {@code response_type=code}, everything else unchanged.
	 */
	private static final class AsCodeRequest extends HttpServletRequestWrapper {

		private static final String[] CODE = { "code" };

		AsCodeRequest(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			return OAuth2ParameterNames.RESPONSE_TYPE.equals(name) ? CODE[0] : super.getParameter(name);
		}

		@Override
		public String[] getParameterValues(String name) {
			return OAuth2ParameterNames.RESPONSE_TYPE.equals(name) ? CODE.clone() : super.getParameterValues(name);
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
			parameters.put(OAuth2ParameterNames.RESPONSE_TYPE, CODE.clone());
			return parameters;
		}

	}

}
