package com.userclouds.sample.gateway;

import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jwt.JWTParser;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ServerWebExchange;

/**
 * The public home page and the logged-in user's profile, the pages of sample-webapp. The profile's API button calls
 * this gateway's {@code /api/whoami} from the browser: the route relays the user's access token from the session
 * (Spring Cloud Gateway's {@code TokenRelay}), so the browser never holds a token.
 */
@Controller
class ProfileController {

	private final ReactiveOAuth2AuthorizedClientManager authorizedClients;

	ProfileController(
			@Qualifier("userCloudsLoginAuthorizedClientManager") ReactiveOAuth2AuthorizedClientManager authorizedClients) {
		this.authorizedClients = authorizedClients;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("user", user);
		return "index";
	}

	@GetMapping("/profile")
	Mono<String> profile(@AuthenticationPrincipal OidcUser user, OAuth2AuthenticationToken authentication,
			ServerWebExchange exchange, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("idTokenClaims", user.getIdToken().getClaims());
		// the logout form needs the session's CSRF token, which WebFlux hands out as a Mono
		Mono<CsrfToken> csrf = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
		return csrf.doOnNext((token) -> model.addAttribute("_csrf", token))
			.then(authorizedClient(authentication, exchange))
			.doOnNext((client) -> model.addAttribute("accessTokenClaims", claimsOf(client.getAccessToken().getTokenValue())))
			.thenReturn("profile");
	}

	/**
	 * The user's tokens, the access token refreshed first if it has expired; empty when the login produced no access
	 * token.
	 */
	private Mono<OAuth2AuthorizedClient> authorizedClient(OAuth2AuthenticationToken authentication,
			ServerWebExchange exchange) {
		return this.authorizedClients.authorize(OAuth2AuthorizeRequest
			.withClientRegistrationId(authentication.getAuthorizedClientRegistrationId())
			.principal(authentication)
			.attribute(ServerWebExchange.class.getName(), exchange)
			.build());
	}

	/**
	 * The access token's claims for display only: the API validates the token, the gateway just shows it.
	 */
	private static Map<String, Object> claimsOf(String accessToken) {
		try {
			return JWTParser.parse(accessToken).getJWTClaimsSet().getClaims();
		}
		catch (ParseException ex) {
			return Map.of("(opaque token)", "not a JWT");
		}
	}

}
