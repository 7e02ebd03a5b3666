package com.userclouds.spring.autoconfigure.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full-stack suite (the {@link ResourceServerTestApplication} against a {@link FakeTenant} of its own), written once
 * and run on both stacks: a suite declares its tests in an abstract subclass, and two concrete subclasses of it, one annotated
 * {@link ServletStack}, one {@link ReactiveStack}. Requests go through a {@link WebTestClient}, bound to MockMvc on
 * the servlet stack and to a real Reactor Netty server on the reactive one, whose event loops BlockHound watches.
 */
abstract class FullStackTests {

	static FakeTenant tenant;

	@Autowired(required = false)
	private MockMvc mvc;

	@Value("${local.server.port:0}")
	private int port;

	@BeforeAll
	static void startTenant() {
		tenant = FakeTenant.start();
	}

	@DynamicPropertySource
	static void tenantUrl(DynamicPropertyRegistry registry) {
		registry.add("userclouds.tenant-url", () -> tenant.issuer());
	}

	@AfterAll
	static void stopTenant() {
		tenant.close();
	}

	@AfterEach
	void nothingBlockedAnEventLoop() {
		assertThat(EventLoopBlockingCalls.takeSeen()).isEmpty();
	}

	/** The application under test, on the stack of the running subclass. */
	WebTestClient client() {
		if (this.mvc != null) {
			return MockMvcWebTestClient.bindTo(this.mvc).build();
		}
		EventLoopBlockingCalls.watch();
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	ResponseSpec get(String path, String token) {
		return client().get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange();
	}

	/** Runs the suite on the servlet stack, through MockMvc. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@SpringBootTest(classes = ResourceServerTestApplication.class)
	@AutoConfigureMockMvc
	@interface ServletStack {

	}

	/** Runs the suite on WebFlux, with a real Reactor Netty server on a free port. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@SpringBootTest(classes = ResourceServerTestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "spring.main.web-application-type=reactive")
	@interface ReactiveStack {

	}

}
