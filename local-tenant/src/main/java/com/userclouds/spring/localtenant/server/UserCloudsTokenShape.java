package com.userclouds.spring.localtenant.server;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.token.BearerAccessToken;
import com.nimbusds.openid.connect.sdk.claims.AccessTokenHash;
import com.nimbusds.openid.connect.sdk.claims.CodeHash;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientCredentialsAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

import com.userclouds.spring.localtenant.server.authorize.FrontChannelGrant;

/**
 * Gives the JWTs Spring Authorization Server issues UserClouds' shape: ID tokens with {@code aud} = [client id,
 * issuer], {@code azp}, {@code subject_type: "_user"} and profile claims; access tokens with {@code aud} = [issuer]
 * (plus requested audiences for M2M), {@code subject_type} (a UUID for users, {@code _login_app} for M2M) and a
 * space-separated {@code scope} claim; UUID subjects. In standard shape, access tokens also get {@code typ: at+jwt}
 * and {@code client_id} (RFC 9068), and ID tokens {@code at_hash} / {@code c_hash}.
 */
final class UserCloudsTokenShape implements OAuth2TokenCustomizer<JwtEncodingContext> {

	/**
	 * The {@code subject_type} of user access tokens: UserClouds puts a UUID there.
	 */
	static final String USER_SUBJECT_TYPE = stableUuid("subject-type:user");

	static final String ORGANIZATION_ID = stableUuid("organization");

	private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

	private final DevUsers users;

	private final Duration lifetime;

	private final boolean standardShape;

	UserCloudsTokenShape(DevUsers users, Duration lifetime, boolean standardShape) {
		this.users = users;
		this.lifetime = lifetime;
		this.standardShape = standardShape;
	}

	@Override
	public void customize(JwtEncodingContext context) {
		JwtClaimsSet.Builder claims = context.getClaims();
		claims.claim("organization_id", ORGANIZATION_ID);
		claims.claims((all) -> all.put("exp", ((Instant) all.get("iat")).plus(this.lifetime)));
		if (ID_TOKEN.equals(context.getTokenType())) {
			shapeIdToken(context, claims);
		}
		else if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
			shapeAccessToken(context, claims);
		}
	}

	private void shapeIdToken(JwtEncodingContext context, JwtClaimsSet.Builder claims) {
		String clientId = context.getRegisteredClient().getClientId();
		String issuer = context.getAuthorizationServerContext().getIssuer();
		claims.audience(List.of(clientId, issuer)).claim("azp", clientId).claim("subject_type", "_user");
		DevUsers.DevUser user = this.users.find(context.getPrincipal().getName());
		if (user != null) {
			claims.subject(user.id());
			putIfPresent(claims, "name", user.name());
			putIfPresent(claims, "email", user.email());
		}
		if (this.standardShape) {
			addHashes(context, claims);
		}
	}

	private void addHashes(JwtEncodingContext context, JwtClaimsSet.Builder claims) {
		String accessToken = null;
		String code = null;
		if (context.getAuthorizationGrant() instanceof FrontChannelGrant frontChannel) {
			accessToken = frontChannel.accessToken();
			code = frontChannel.code();
		}
		else {
			OAuth2Authorization authorization = context.getAuthorization();
			OAuth2Authorization.Token<OAuth2AccessToken> issued = (authorization != null)
					? authorization.getAccessToken() : null;
			accessToken = (issued != null) ? issued.getToken().getTokenValue() : null;
		}
		if (accessToken != null) {
			claims.claim("at_hash", AccessTokenHash.compute(new BearerAccessToken(accessToken), JWSAlgorithm.RS256).getValue());
		}
		if (code != null) {
			claims.claim("c_hash", CodeHash.compute(new AuthorizationCode(code), JWSAlgorithm.RS256).getValue());
		}
	}

	private void shapeAccessToken(JwtEncodingContext context, JwtClaimsSet.Builder claims) {
		String issuer = context.getAuthorizationServerContext().getIssuer();
		Set<String> scopes;
		if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
			List<String> audiences = new ArrayList<>(requestedAudiences(context.getAuthorizationGrant()));
			audiences.add(issuer);
			claims.audience(audiences)
				.subject(DevClients.appId(context.getRegisteredClient().getClientId()))
				.claim("subject_type", "_login_app");
			// a request naming no scope gets all of the client's, like UserClouds
			scopes = context.getAuthorizedScopes().isEmpty() ? context.getRegisteredClient().getScopes()
					: context.getAuthorizedScopes();
		}
		else {
			claims.audience(List.of(issuer)).claim("subject_type", USER_SUBJECT_TYPE);
			DevUsers.DevUser user = this.users.find(principalName(context.getPrincipal()));
			if (user != null) {
				claims.subject(user.id());
			}
			scopes = (user != null) ? user.scopes() : Set.of();
		}
		claims.claims((all) -> all.remove("scope"));
		if (!scopes.isEmpty()) {
			claims.claim("scope", Scopes.joined(scopes));
		}
		if (this.standardShape) {
			context.getJwsHeader().type("at+jwt");
			claims.claim("client_id", context.getRegisteredClient().getClientId());
		}
	}

	private static Set<String> requestedAudiences(Authentication grant) {
		Set<String> audiences = new LinkedHashSet<>();
		if (grant instanceof OAuth2ClientCredentialsAuthenticationToken clientCredentials) {
			Map<String, Object> parameters = clientCredentials.getAdditionalParameters();
			Object audience = parameters.get("audience");
			if (audience instanceof String single) {
				audiences.add(single);
			}
			else if (audience instanceof String[] many) {
				audiences.addAll(Arrays.asList(many));
			}
		}
		return audiences;
	}

	private static String principalName(Authentication principal) {
		return (principal != null) ? principal.getName() : null;
	}

	private static void putIfPresent(JwtClaimsSet.Builder claims, String name, String value) {
		if (value != null && !value.isBlank()) {
			claims.claim(name, value);
		}
	}

	private static String stableUuid(String name) {
		return UUID.nameUUIDFromBytes(("userclouds-local-tenant:" + name).getBytes(StandardCharsets.UTF_8)).toString();
	}

}
