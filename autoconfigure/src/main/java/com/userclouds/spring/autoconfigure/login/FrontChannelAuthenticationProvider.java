package com.userclouds.spring.autoconfigure.login;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationToken;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtException;

import com.userclouds.spring.autoconfigure.token.ExpiryFromJwtTokenResponseConverter;

/**
 * Completes a hybrid or implicit login from the authorization response, and on WebFlux every login (see
 * {@link AuthorizationResponseWebFilter}). Spring Security has neither flow, so this is written for the starter, but
 * every check it makes is shared with the code flows: the ID token goes through the same
 * decoder ({@link IdTokenDecoderFactory}), nonce and hashes through {@link IdTokenBindings}, the code exchange through
 * Spring Security's own {@code OidcAuthorizationCodeAuthenticationProvider} (PKCE verifier included), the user through
 * the same user service.
 * <p>
 * Order matters: a front-channel ID token is checked completely before the code is exchanged.
 */
final class FrontChannelAuthenticationProvider implements AuthenticationProvider {

	/** UserClouds names the access token parameter {@code token}. */
	static final String USERCLOUDS_ACCESS_TOKEN = "token";

	private final JwtDecoderFactory<ClientRegistration> idTokenDecoders;

	private final AuthenticationProvider codeExchange;

	private final OAuth2UserService<OidcUserRequest, OidcUser> userService;

	private final FrontChannelAccessTokenCheck accessTokenCheck;

	private final boolean requireTokenHashes;

	private final ExpiryFromJwtTokenResponseConverter tokenResponses = new ExpiryFromJwtTokenResponseConverter();

	FrontChannelAuthenticationProvider(JwtDecoderFactory<ClientRegistration> idTokenDecoders,
			AuthenticationProvider codeExchange, OAuth2UserService<OidcUserRequest, OidcUser> userService,
			FrontChannelAccessTokenCheck accessTokenCheck, boolean requireTokenHashes) {
		this.idTokenDecoders = idTokenDecoders;
		this.codeExchange = codeExchange;
		this.userService = userService;
		this.accessTokenCheck = accessTokenCheck;
		this.requireTokenHashes = requireTokenHashes;
	}

	/**
	 * The provider of every flow's checks, sharing the code flow's token client, ID-token decoders and user service
	 * (which checks {@code at_hash}), so that every flow, on either stack, is validated the same way.
	 */
	static FrontChannelAuthenticationProvider create(LoginProperties properties,
			JwtDecoderFactory<ClientRegistration> idTokenDecoders,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeTokenResponseClient,
			OAuth2UserService<OidcUserRequest, OidcUser> userService, FrontChannelAccessTokenCheck accessTokenCheck) {
		OidcAuthorizationCodeAuthenticationProvider codeExchange = new OidcAuthorizationCodeAuthenticationProvider(
				codeTokenResponseClient, userService);
		codeExchange.setJwtDecoderFactory(idTokenDecoders);
		return new FrontChannelAuthenticationProvider(idTokenDecoders, codeExchange, userService, accessTokenCheck,
				properties.isRequireTokenHashes());
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return FrontChannelAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		FrontChannelAuthenticationToken response = (FrontChannelAuthenticationToken) authentication;
		OAuth2AuthorizationRequest request = response.authorizationRequest();
		String responseType = request.getAttribute(FlowAuthorizationRequestCustomizer.RESPONSE_TYPE_ATTRIBUTE);
		if (responseType == null) {
			throw LoginError.of("invalid_request", "The login in progress was not started by this flow");
		}
		Set<String> expected = Set.of(responseType.split(" "));
		String code = expectedValue(response, expected, "code", OAuth2ParameterNames.CODE);
		String idTokenValue = expectedValue(response, expected, "id_token", OidcParameterNames.ID_TOKEN);
		String accessTokenValue = expectedValue(response, expected, "token", OAuth2ParameterNames.ACCESS_TOKEN,
				USERCLOUDS_ACCESS_TOKEN);
		OidcIdToken idToken = (idTokenValue != null) ? checkedIdToken(response.registration(), request, idTokenValue,
				code, accessTokenValue) : null;
		if (code != null) {
			return exchangeCode(response, code, idToken);
		}
		return completeImplicit(response.registration(), idToken, accessTokenValue,
				response.response().get(OAuth2ParameterNames.EXPIRES_IN));
	}

	private OidcIdToken checkedIdToken(ClientRegistration registration, OAuth2AuthorizationRequest request,
			String value, String code, String accessToken) {
		Jwt jwt;
		try {
			jwt = this.idTokenDecoders.createDecoder(registration).decode(value);
		}
		catch (JwtException ex) {
			throw LoginError.of(IdTokenBindings.INVALID_ID_TOKEN, ex.getMessage());
		}
		OidcIdToken idToken = new OidcIdToken(jwt.getTokenValue(), jwt.getIssuedAt(), jwt.getExpiresAt(),
				jwt.getClaims());
		IdTokenBindings.verifyNonce(request, idToken);
		if (code != null) {
			IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.C_HASH, code, this.requireTokenHashes);
		}
		if (accessToken != null) {
			IdTokenBindings.verifyHash(idToken, IdTokenClaimNames.AT_HASH, accessToken, this.requireTokenHashes);
			if (code == null && idToken.getClaimAsString(IdTokenClaimNames.AT_HASH) == null) {
				this.accessTokenCheck.verify(accessToken, idToken);
			}
		}
		return idToken;
	}

	/**
	 * Hybrid: Spring Security's code flow exchanges the code (with the PKCE verifier) and validates the token
	 * endpoint's ID token, which must be about the same user from the same issuer as the front-channel one (OpenID
	 * Connect Core 3.3.3.6). A front-channel access token is superseded by the token endpoint's.
	 */
	private Authentication exchangeCode(FrontChannelAuthenticationToken response, String code,
			OidcIdToken frontChannelIdToken) {
		OAuth2AuthorizationRequest request = response.authorizationRequest();
		OAuth2AuthorizationResponse authorizationResponse = OAuth2AuthorizationResponse.success(code)
			.state(request.getState())
			.redirectUri(request.getRedirectUri())
			.build();
		OAuth2LoginAuthenticationToken exchanged = (OAuth2LoginAuthenticationToken) this.codeExchange
			.authenticate(new OAuth2LoginAuthenticationToken(response.registration(),
					new OAuth2AuthorizationExchange(request, authorizationResponse)));
		OidcUser user = (OidcUser) exchanged.getPrincipal();
		if (frontChannelIdToken != null && (!frontChannelIdToken.getSubject().equals(user.getSubject())
				|| !frontChannelIdToken.getIssuer().equals(user.getIdToken().getIssuer()))) {
			throw LoginError.of(IdTokenBindings.INVALID_ID_TOKEN,
					"The token endpoint's ID token is about another user than the authorization response's");
		}
		return new FrontChannelAuthenticationToken(response.registration(), user, exchanged.getAuthorities(),
				exchanged.getAccessToken(), exchanged.getRefreshToken());
	}

	private Authentication completeImplicit(ClientRegistration registration, OidcIdToken idToken,
			String accessTokenValue, String expiresIn) {
		if (accessTokenValue == null) {
			OidcUser user = new DefaultOidcUser(List.of(new OidcUserAuthority(idToken, null, IdTokenClaimNames.SUB)),
					idToken, IdTokenClaimNames.SUB);
			return new FrontChannelAuthenticationToken(registration, user, user.getAuthorities(), null, null);
		}
		OAuth2AccessToken accessToken = accessToken(registration, accessTokenValue, expiresIn);
		OidcUser user = this.userService.loadUser(new OidcUserRequest(registration, accessToken, idToken));
		return new FrontChannelAuthenticationToken(registration, user, user.getAuthorities(), accessToken, null);
	}

	/**
	 * Reads the access token like a token response, so its lifetime comes from {@code expires_in} or, when absent
	 * (UserClouds), from the JWT's {@code exp}.
	 */
	private OAuth2AccessToken accessToken(ClientRegistration registration, String value, String expiresIn) {
		Map<String, Object> parameters = new HashMap<>();
		if (expiresIn != null) {
			parameters.put(OAuth2ParameterNames.EXPIRES_IN, expiresIn);
		}
		parameters.put(OAuth2ParameterNames.ACCESS_TOKEN, value);
		parameters.put(OAuth2ParameterNames.TOKEN_TYPE, OAuth2AccessToken.TokenType.BEARER.getValue());
		parameters.put(OAuth2ParameterNames.SCOPE, String.join(" ", registration.getScopes()));
		return this.tokenResponses.convert(parameters).getAccessToken();
	}

	/**
	 * The value a requested response type brings (from the first of {@code names} present), required when that type
	 * was requested and ignored when it was not.
	 */
	private static String expectedValue(FrontChannelAuthenticationToken response, Set<String> expected,
			String responseType, String... names) {
		if (!expected.contains(responseType)) {
			return null;
		}
		for (String name : names) {
			String value = response.response().get(name);
			if (value != null) {
				return value;
			}
		}
		throw LoginError.of("invalid_request", "The authorization response has no " + names[0]);
	}

}
