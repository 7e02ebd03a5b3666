package com.userclouds.spring.autoconfigure.login;

import reactor.core.publisher.Mono;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * {@link LoginTestApplication} on WebFlux: the same {@code /profile} and {@code /access-token}.
 */
@Configuration(proxyBeanMethods = false)
@Import(ReactiveLoginTestApplication.ProfileController.class)
class ReactiveLoginTestApplication {

	@RestController
	static class ProfileController {

		private final ObjectProvider<ReactiveOAuth2AuthorizedClientManager> authorizedClients;

		// a provider: the tests of when login is off start this application without the manager
		ProfileController(
				@Qualifier("userCloudsLoginAuthorizedClientManager") ObjectProvider<ReactiveOAuth2AuthorizedClientManager> authorizedClients) {
			this.authorizedClients = authorizedClients;
		}

		@GetMapping("/profile")
		String profile(@AuthenticationPrincipal OidcUser user) {
			return "sub=" + user.getSubject() + " email=" + user.getEmail();
		}

		@GetMapping("/access-token")
		Mono<String> accessToken(OAuth2AuthenticationToken authentication, ServerWebExchange exchange) {
			return this.authorizedClients.getObject()
				.authorize(OAuth2AuthorizeRequest.withClientRegistrationId("userclouds")
					.principal(authentication)
					.attribute(ServerWebExchange.class.getName(), exchange)
					.build())
				.map((client) -> client.getAccessToken().getTokenValue());
		}

	}

}
