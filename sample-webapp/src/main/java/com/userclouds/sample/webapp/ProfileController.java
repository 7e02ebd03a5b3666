package com.userclouds.sample.webapp;

import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jwt.JWTParser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The public home page and the logged-in user's profile, with a button that calls the API as the user.
 */
@Controller
class ProfileController {

	private final OAuth2AuthorizedClientManager authorizedClients;

	private final WhoAmIClient whoAmI;

	ProfileController(@Qualifier("userCloudsLoginAuthorizedClientManager") OAuth2AuthorizedClientManager authorizedClients,
			WhoAmIClient whoAmI) {
		this.authorizedClients = authorizedClients;
		this.whoAmI = whoAmI;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal OidcUser user, Model model) {
		model.addAttribute("user", user);
		return "index";
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal OidcUser user, OAuth2AuthenticationToken authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		OAuth2AuthorizedClient client = authorizedClient(authentication, request, response);
		model.addAttribute("user", user);
		model.addAttribute("idTokenClaims", user.getIdToken().getClaims());
		model.addAttribute("accessTokenClaims", (client != null) ? claimsOf(client.getAccessToken().getTokenValue()) : null);
		return "profile";
	}

	@PostMapping("/profile/whoami")
	String callApi(@AuthenticationPrincipal OidcUser user, OAuth2AuthenticationToken authentication,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		OAuth2AuthorizedClient client = authorizedClient(authentication, request, response);
		model.addAttribute("whoami", (client != null) ? this.whoAmI.whoAmI(client.getAccessToken().getTokenValue())
				: "Error: this login has no access token (implicit flow with response type id_token)");
		return profile(user, authentication, request, response, model);
	}

	/**
	 * The user's tokens, the access token refreshed first if it has expired; {@code null} when the login produced no
	 * access token.
	 */
	private OAuth2AuthorizedClient authorizedClient(OAuth2AuthenticationToken authentication,
			HttpServletRequest request, HttpServletResponse response) {
		return this.authorizedClients.authorize(OAuth2AuthorizeRequest
			.withClientRegistrationId(authentication.getAuthorizedClientRegistrationId())
			.principal(authentication)
			.attribute(HttpServletRequest.class.getName(), request)
			.attribute(HttpServletResponse.class.getName(), response)
			.build());
	}

	/**
	 * The access token's claims for display only: the API validates the token, the web app just shows it.
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
