package com.userclouds.spring.autoconfigure.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientAutoConfiguration;
import org.springframework.boot.security.oauth2.client.autoconfigure.servlet.OAuth2ClientWebSecurityAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.config.annotation.EnableWebMvc;

import com.userclouds.spring.autoconfigure.tenant.ClientRegistrationsAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;
import com.userclouds.spring.autoconfigure.testsupport.FakeTenant;

/**
 * A web application using login: a protected {@code /profile} and {@code /access-token}, which hands out the user's
 * access token through the login's authorized client manager (refreshing it when due).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebMvc
class LoginTestApplication {

	static WebApplicationContextRunner runner(FakeTenant tenant) {
		return new WebApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class,
					ClientRegistrationsAutoConfiguration.class, LoginAutoConfiguration.class,
					SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
					OAuth2ClientAutoConfiguration.class, OAuth2ClientWebSecurityAutoConfiguration.class))
			.withUserConfiguration(LoginTestApplication.class, ProfileController.class)
			.withPropertyValues("userclouds.tenant-url=" + tenant.issuer(),
					"userclouds.login.client-id=" + FakeTenant.CLIENT_ID);
	}

	@RestController
	static class ProfileController {

		private final OAuth2AuthorizedClientManager authorizedClients;

		ProfileController(@Qualifier("userCloudsLoginAuthorizedClientManager") OAuth2AuthorizedClientManager authorizedClients) {
			this.authorizedClients = authorizedClients;
		}

		@GetMapping("/profile")
		String profile(@AuthenticationPrincipal OidcUser user) {
			return "sub=" + user.getSubject() + " email=" + user.getEmail();
		}

		@GetMapping("/access-token")
		String accessToken(OAuth2AuthenticationToken authentication, HttpServletRequest request,
				HttpServletResponse response) {
			OAuth2AuthorizedClient client = this.authorizedClients.authorize(OAuth2AuthorizeRequest
				.withClientRegistrationId("userclouds")
				.principal(authentication)
				.attribute(HttpServletRequest.class.getName(), request)
				.attribute(HttpServletResponse.class.getName(), response)
				.build());
			return client.getAccessToken().getTokenValue();
		}

	}

}
