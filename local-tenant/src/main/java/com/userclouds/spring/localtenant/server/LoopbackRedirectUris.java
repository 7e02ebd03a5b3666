package com.userclouds.spring.localtenant.server;

import java.net.URI;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.util.StringUtils;

/**
 * Redirect URI matching for an application running on this machine: a registered loopback URI matches any loopback
 * host ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}) on any port with the same path and query. Spring
 * Authorization Server allows any port but rejects {@code localhost}, and a browser may show the application under
 * either name; the tenant is bound to loopback, so nothing else can receive the redirect.
 */
public final class LoopbackRedirectUris {

	private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1",
			"[0:0:0:0:0:0:0:1]");

	private LoopbackRedirectUris() {
	}

	/**
	 * Whether {@code requested} is one of {@code registered}: equal, or both loopback http(s) URIs with the same
	 * scheme, path and query.
	 */
	public static boolean matches(Collection<String> registered, String requested) {
		if (!StringUtils.hasText(requested)) {
			return false;
		}
		if (registered.contains(requested)) {
			return true;
		}
		URI requestedUri = parse(requested);
		if (requestedUri == null || !isLoopback(requestedUri) || requestedUri.getRawFragment() != null) {
			return false;
		}
		return registered.stream()
			.map(LoopbackRedirectUris::parse)
			.filter(Objects::nonNull)
			.filter(LoopbackRedirectUris::isLoopback)
			.anyMatch((candidate) -> sameExceptAuthority(candidate, requestedUri));
	}

	/**
	 * The redirect URI and scope checks of Spring Authorization Server's authorization endpoint, with loopback
	 * redirect URIs matched as above.
	 */
	public static Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> authorizationRequestValidator() {
		return (context) -> {
			OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
			String requested = request.getRedirectUri();
			if (!matches(context.getRegisteredClient().getRedirectUris(), requested)) {
				OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_REDIRECT_URI_VALIDATOR.accept(context);
			}
			OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR.accept(context);
		};
	}

	private static boolean sameExceptAuthority(URI registered, URI requested) {
		return registered.getScheme().equalsIgnoreCase(requested.getScheme())
				&& path(registered).equals(path(requested))
				&& Objects.equals(registered.getRawQuery(), requested.getRawQuery());
	}

	private static String path(URI uri) {
		return StringUtils.hasLength(uri.getRawPath()) ? uri.getRawPath() : "/";
	}

	private static boolean isLoopback(URI uri) {
		return uri.getScheme() != null && (uri.getScheme().equalsIgnoreCase("http") || uri.getScheme().equalsIgnoreCase("https"))
				&& uri.getHost() != null && LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT))
				&& uri.getRawUserInfo() == null;
	}

	private static URI parse(String uri) {
		try {
			return new URI(uri);
		}
		catch (Exception ex) {
			return null;
		}
	}

}
