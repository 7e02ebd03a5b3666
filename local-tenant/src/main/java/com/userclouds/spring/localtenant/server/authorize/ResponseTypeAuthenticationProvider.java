package com.userclouds.spring.localtenant.server.authorize;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClaimAccessor;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationCode;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Grants an authorization request of any supported response type. Spring Authorization Server's own provider does
 * the work of a code request (validation, login check, consent, the code and the stored authorization); for hybrid
 * and implicit requests this adds the access token and ID token to that same authorization, made by SAS's token
 * generator, so the token and UserInfo endpoints know them. An implicit response carries no code, so the code SAS
 * issued is invalidated at once.
 */
public final class ResponseTypeAuthenticationProvider implements AuthenticationProvider {

	private static final OAuth2TokenType CODE = new OAuth2TokenType(OAuth2ParameterNames.CODE);

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests;

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationService authorizations;

	private final OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator;

	public ResponseTypeAuthenticationProvider(OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests,
			RegisteredClientRepository clients, OAuth2AuthorizationService authorizations,
			OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
		this.codeRequests = codeRequests;
		this.clients = clients;
		this.authorizations = authorizations;
		this.tokenGenerator = tokenGenerator;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return ResponseTypeAuthorizationRequest.class.isAssignableFrom(authentication);
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		ResponseTypeAuthorizationRequest request = (ResponseTypeAuthorizationRequest) authentication;
		Authentication result = this.codeRequests.authenticate(request);
		if (!(result instanceof OAuth2AuthorizationCodeRequestAuthenticationToken granted)
				|| granted.getAuthorizationCode() == null) {
			// consent is needed first: SAS shows its consent page
			return result;
		}
		ResponseTypes responseTypes = request.responseTypes();
		if (!responseTypes.frontChannelTokens()) {
			return new AuthorizationResult(granted, responseTypes, request.responseMode(), null, null);
		}
		if (!granted.getScopes().contains(OidcScopes.OPENID)) {
			throw error(OAuth2ErrorCodes.INVALID_SCOPE, "hybrid and implicit responses need the openid scope",
					granted);
		}
		return issueFrontChannelTokens(granted, request);
	}

	private AuthorizationResult issueFrontChannelTokens(OAuth2AuthorizationCodeRequestAuthenticationToken granted,
			ResponseTypeAuthorizationRequest request) {
		ResponseTypes responseTypes = request.responseTypes();
		OAuth2AuthorizationCode code = granted.getAuthorizationCode();
		OAuth2Authorization authorization = this.authorizations.findByToken(code.getTokenValue(), CODE);
		RegisteredClient client = (authorization != null)
				? this.clients.findById(authorization.getRegisteredClientId()) : null;
		if (client == null) {
			throw error(OAuth2ErrorCodes.SERVER_ERROR, "the authorization just granted is gone", granted);
		}
		Authentication user = (Authentication) granted.getPrincipal();
		OAuth2Authorization.Builder updated = OAuth2Authorization.from(authorization);

		OAuth2AccessToken accessToken = null;
		if (responseTypes.token()) {
			OAuth2TokenContext context = tokenContext(client, user, authorization, OAuth2TokenType.ACCESS_TOKEN,
					new FrontChannelGrant(user, null, null));
			OAuth2Token generated = generate(context, granted);
			accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, generated.getTokenValue(),
					generated.getIssuedAt(), generated.getExpiresAt(), context.getAuthorizedScopes());
			updated.token(accessToken, (metadata) -> {
				if (generated instanceof ClaimAccessor claims) {
					metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, claims.getClaims());
				}
			});
		}

		// made even when only "code token" was asked for: UserInfo answers from the authorization's ID token
		String codeInResponse = responseTypes.code() ? code.getTokenValue() : null;
		String accessTokenInResponse = (accessToken != null) ? accessToken.getTokenValue() : null;
		OAuth2TokenContext idTokenContext = tokenContext(client, user, updated.build(), ID_TOKEN,
				new FrontChannelGrant(user, codeInResponse, accessTokenInResponse));
		Jwt generatedIdToken = (Jwt) generate(idTokenContext, granted);
		OidcIdToken idToken = new OidcIdToken(generatedIdToken.getTokenValue(), generatedIdToken.getIssuedAt(),
				generatedIdToken.getExpiresAt(), generatedIdToken.getClaims());
		updated.token(idToken,
				(metadata) -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, idToken.getClaims()));

		if (!responseTypes.code()) {
			updated.invalidate(code);
		}
		this.authorizations.save(updated.build());
		return new AuthorizationResult(granted, responseTypes, request.responseMode(), accessToken,
				responseTypes.idToken() ? idToken : null);
	}

	private static OAuth2TokenContext tokenContext(RegisteredClient client, Authentication user,
			OAuth2Authorization authorization, OAuth2TokenType tokenType, FrontChannelGrant grant) {
		return DefaultOAuth2TokenContext.builder()
			.registeredClient(client)
			.principal(user)
			.authorizationServerContext(AuthorizationServerContextHolder.getContext())
			.authorization(authorization)
			.authorizedScopes(authorization.getAuthorizedScopes())
			.tokenType(tokenType)
			// the grant these tokens stand for: the nonce of the authorization request goes into the ID token
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrant(grant)
			.build();
	}

	private OAuth2Token generate(OAuth2TokenContext context, OAuth2AuthorizationCodeRequestAuthenticationToken granted) {
		OAuth2Token token = this.tokenGenerator.generate(context);
		if (!(token instanceof Jwt)) {
			throw error(OAuth2ErrorCodes.SERVER_ERROR, "the token generator made no " + context.getTokenType().getValue(),
					granted);
		}
		return token;
	}

	private static OAuth2AuthorizationCodeRequestAuthenticationException error(String code, String description,
			OAuth2AuthorizationCodeRequestAuthenticationToken granted) {
		return new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(code, description, null),
				granted);
	}

}
