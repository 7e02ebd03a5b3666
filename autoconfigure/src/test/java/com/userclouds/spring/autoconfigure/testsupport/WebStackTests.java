package com.userclouds.spring.autoconfigure.testsupport;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.client.MockMvcWebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A full-stack suite written once and run on both stacks: a suite declares its tests in an abstract subclass, and two
 * concrete subclasses of it pick the stack, one annotated {@link ServletStack}, one {@link ReactiveStack}, each a
 * top-level class (surefire skips nested ones). The application is
 * the {@code @SpringBootConfiguration} of the suite's package, found the way {@code @SpringBootTest} always finds it,
 * so each package brings its own test application and the stacks stay one mechanism. Requests go through a
 * {@link WebTestClient}, bound to MockMvc on the servlet stack and to a real Reactor Netty server on the reactive one,
 * whose event loops BlockHound watches: a test fails when anything blocked one.
 */
public abstract class WebStackTests {

	@Autowired(required = false)
	private MockMvc mvc;

	@Value("${local.server.port:0}")
	private int port;

	/** Each test answers for its own requests, not for what earlier tests of the JVM blocked on purpose. */
	@BeforeEach
	void forgetEarlierBlockingCalls() {
		EventLoopBlockingCalls.takeSeen();
	}

	@AfterEach
	void nothingBlockedAnEventLoop() {
		assertThat(EventLoopBlockingCalls.takeSeen()).isEmpty();
	}

	/** The application under test, on the stack of the running subclass. */
	protected WebTestClient client() {
		if (this.mvc != null) {
			return MockMvcWebTestClient.bindTo(this.mvc).build();
		}
		EventLoopBlockingCalls.watch();
		return WebTestClient.bindToServer().baseUrl("http://localhost:" + this.port).build();
	}

	/** Runs the suite on the servlet stack, through MockMvc. */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@SpringBootTest
	@AutoConfigureMockMvc
	public @interface ServletStack {

	}

	/**
	 * Runs the suite on WebFlux, with a real Reactor Netty server on a free port. The test classpath has both stacks,
	 * of which Spring Boot picks the servlet one unless told otherwise, as it would in an application.
	 */
	@Target(ElementType.TYPE)
	@Retention(RetentionPolicy.RUNTIME)
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
			properties = "spring.main.web-application-type=reactive")
	public @interface ReactiveStack {

	}

}
