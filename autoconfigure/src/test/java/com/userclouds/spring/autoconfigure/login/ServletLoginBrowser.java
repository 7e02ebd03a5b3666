package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

/**
 * A browser on the servlet stack: MockMvc with Spring Security's filters and one {@link MockHttpSession}.
 */
final class ServletLoginBrowser extends LoginBrowser {

	private final MockMvc mvc;

	private final MockHttpSession session = new MockHttpSession();

	ServletLoginBrowser(WebApplicationContext context) {
		this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
	}

	@Override
	Response get(String pathAndQuery) {
		return perform(MockMvcRequestBuilders.get(URI.create(pathAndQuery)));
	}

	@Override
	Response post(String path, Map<String, String> form) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
		form.forEach(request::param);
		return perform(request);
	}

	@Override
	Response logout() {
		return perform(MockMvcRequestBuilders.post("/logout").with(csrf()));
	}

	@Override
	String sessionId() {
		return this.session.getId();
	}

	@Override
	boolean sessionEnded() {
		return this.session.isInvalid();
	}

	@Override
	Map<String, Object> sessionAttributes() {
		if (this.session.isInvalid()) {
			return Map.of();
		}
		Map<String, Object> attributes = new LinkedHashMap<>();
		Collections.list(this.session.getAttributeNames())
			.forEach((name) -> attributes.put(name, this.session.getAttribute(name)));
		return attributes;
	}

	private Response perform(MockHttpServletRequestBuilder request) {
		try {
			// like a browser sending its session cookie, so the container sees a requested, valid session id
			MockHttpServletResponse response = this.mvc.perform(request.session(this.session).with((sent) -> {
				sent.setRequestedSessionId(this.session.getId());
				sent.setRequestedSessionIdValid(true);
				return sent;
			})).andReturn().getResponse();
			Map<String, String> headers = new LinkedHashMap<>();
			response.getHeaderNames().forEach((name) -> headers.put(name, response.getHeader(name)));
			return new Response(response.getStatus(), response.getRedirectedUrl(), headers,
					response.getContentAsString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
