package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A browser session against the application's real filter chain (MockMvc with Spring Security's filters), following
 * redirects by hand so each step of a login can be checked.
 */
final class LoginBrowser {

	private static final String AUTHORIZED_CLIENTS = "org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository.AUTHORIZED_CLIENTS";

	private final MockMvc mvc;

	private final MockHttpSession session = new MockHttpSession();

	LoginBrowser(WebApplicationContext context) {
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	/**
	 * Opens a protected page and follows the redirects up to the tenant's authorization endpoint.
	 * @return the authorization request's parameters
	 */
	Map<String, String> startLogin() {
		MockHttpServletResponse profile = perform(get("/profile"));
		assertThat(profile.getStatus()).isEqualTo(302);
		assertThat(profile.getRedirectedUrl()).endsWith("/login");
		MockHttpServletResponse login = perform(get("/login"));
		assertThat(login.getRedirectedUrl()).isEqualTo("/oauth2/authorization/userclouds");
		MockHttpServletResponse authorize = perform(get("/oauth2/authorization/userclouds"));
		assertThat(authorize.getStatus()).isEqualTo(302);
		return query(URI.create(authorize.getRedirectedUrl()));
	}

	/**
	 * Brings the tenant's response back to the redirect URI the way {@code mode} does.
	 * @return the application's answer to the (last) callback request
	 */
	MockHttpServletResponse deliver(Map<String, String> response, ResponseMode mode) {
		String callback = "/login/oauth2/code/userclouds";
		return switch (mode) {
			case QUERY -> perform(withParameters(get(callback), response));
			case FORM_POST -> perform(withParameters(post(callback), response));
			case FRAGMENT -> {
				MockHttpServletResponse relay = perform(get(callback));
				assertThat(relay.getStatus()).isEqualTo(200);
				assertThat(relay.getHeader("Content-Security-Policy")).contains("script-src 'nonce-");
				assertThat(contentOf(relay)).contains("<form id=\"relay\" method=\"post\" action=\"" + callback + "\"");
				// what the relay page's script does with the fragment
				yield perform(withParameters(post(callback), response));
			}
		};
	}

	MockHttpServletResponse perform(MockHttpServletRequestBuilder request) {
		try {
			// like a browser sending its session cookie, so the container sees a requested, valid session id
			return this.mvc.perform(request.session(this.session).with((sent) -> {
				sent.setRequestedSessionId(this.session.getId());
				sent.setRequestedSessionIdValid(true);
				return sent;
			})).andReturn().getResponse();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String contentOf(MockHttpServletResponse response) {
		try {
			return response.getContentAsString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	MockHttpSession session() {
		return this.session;
	}

	OAuth2AuthenticationToken authentication() {
		SecurityContext context = (SecurityContext) this.session
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
		return (context != null && context.getAuthentication() instanceof OAuth2AuthenticationToken token
				&& token.isAuthenticated()) ? token : null;
	}

	@SuppressWarnings("unchecked")
	OAuth2AuthorizedClient authorizedClient() {
		Map<String, OAuth2AuthorizedClient> clients = (Map<String, OAuth2AuthorizedClient>) this.session
			.getAttribute(AUTHORIZED_CLIENTS);
		return (clients != null) ? clients.get("userclouds") : null;
	}

	private static MockHttpServletRequestBuilder withParameters(MockHttpServletRequestBuilder request,
			Map<String, String> parameters) {
		parameters.forEach(request::param);
		return request;
	}

	static Map<String, String> query(URI uri) {
		Map<String, String> parameters = new LinkedHashMap<>();
		for (String pair : uri.getRawQuery().split("&")) {
			String[] nameValue = pair.split("=", 2);
			parameters.put(URLDecoder.decode(nameValue[0], StandardCharsets.UTF_8),
					URLDecoder.decode(nameValue[1], StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
