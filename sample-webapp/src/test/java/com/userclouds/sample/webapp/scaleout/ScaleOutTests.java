package com.userclouds.sample.webapp.scaleout;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of a sample that logs users in, with its {@code redis} profile, share one real Redis server and one
 * local tenant, as several instances behind a load balancer without sticky sessions would: for every flow, a login
 * started on instance A is completed by the tenant's redirect delivered to instance B, the user is then logged in on
 * both, and a logout on B ends the session on A too. Written once for both stacks: a subclass names the sample
 * (sample-webapp with Spring Session's servlet filter, sample-gateway with its reactive WebSession store).
 */
public abstract class ScaleOutTests {

	private static final String SESSION_COOKIE = "SESSION";

	/**
	 * What one logged-in user may cost the shared store; about 11 KB now: ID, access and refresh tokens and the
	 * client registration.
	 */
	private static final int MAX_SESSION_BYTES = 16 * 1024;

	private static RedisServer redis;

	@TempDir
	static Path directory;

	private static ConfigurableApplicationContext tenantHolder;

	@BeforeAll
	static void startRedisAndTenant() throws IOException {
		redis = RedisServer.start(Files.createDirectory(directory.resolve("redis")));
		// the starter's own launcher starts the local tenant for an application without userclouds.tenant-url; this
		// one reads none of the sample's configuration files, which name a hosted tenant
		tenantHolder = new SpringApplicationBuilder(LocalTenantHolder.class).web(WebApplicationType.NONE)
			.properties("spring.config.name=scale-out-local-tenant", "userclouds.local-tenant.enabled=true",
					"userclouds.local-tenant.port=0",
					"userclouds.local-tenant.key-file=" + directory.resolve("signing-key.json"))
			.run();
	}

	@AfterAll
	static void stopRedisAndTenant() {
		try {
			if (tenantHolder != null) {
				tenantHolder.close();
			}
		}
		finally {
			if (redis != null) {
				redis.close();
			}
		}
	}

	/** The sample's application class. */
	protected abstract Class<?> application();

	/** The sample's {@code spring.session.data.redis.namespace}. */
	protected abstract String sessionNamespace();

	/** The session id a session cookie's value stands for. */
	protected abstract String sessionId(String sessionCookie);

	@ParameterizedTest
	@ValueSource(strings = { "code", "pkce", "hybrid", "implicit" })
	void loginStartedOnOneInstanceCompletesOnTheOtherAndLogoutThereEndsItOnBoth(String flow) {
		try (Instance a = Instance.start(application(), flow); Instance b = Instance.start(application(), flow)) {
			Browser browser = new Browser();
			String tenantUrl = property("userclouds.tenant-url");

			String callbackToA = loginAtTenant(browser, tenantUrl, startLogin(browser, a));
			assertThat(callbackToA).startsWith(a.url("/login/oauth2/code/userclouds?"));
			String callbackToB = b.url(callbackToA.substring(a.url("").length()));
			String afterLogin = Browser.location(browser.get(callbackToB));
			assertThat(afterLogin).as("the login completed on B").doesNotContain("/login");

			assertLoggedIn(browser, a);
			assertLoggedIn(browser, b);
			String sessionCookie = browser.cookie(SESSION_COOKIE);
			Map<String, Integer> stored = storedSession(a, sessionCookie);
			assertThat(stored).as("the session in Redis").containsKey("sessionAttr:SPRING_SECURITY_CONTEXT");
			assertThat(stored.values().stream().mapToInt(Integer::intValue).sum()).as("bytes of %s", stored)
				.isLessThan(MAX_SESSION_BYTES);

			HttpResponse<String> profileOnB = browser.get(b.url("/profile"));
			HttpResponse<String> logout = browser.postForm(b.url("/logout"),
					Map.of("_csrf", Browser.csrfToken(profileOnB)));
			assertThat(Browser.location(logout)).startsWith(tenantUrl + "/logout?client_id=");
			assertThat(storedSession(a, sessionCookie)).as("the session in Redis after logout").isEmpty();

			// the browser dropped the cookie; the session must be gone for whoever still holds it
			browser.setCookie(SESSION_COOKIE, sessionCookie);
			assertThat(Browser.location(browser.get(a.url("/profile")))).isEqualTo(a.url("/login"));
		}
	}

	/**
	 * Asks instance A for a protected page and follows A's redirects to the tenant's authorization endpoint.
	 */
	private static String startLogin(Browser browser, Instance a) {
		String login = Browser.location(browser.get(a.url("/profile")));
		assertThat(login).isEqualTo(a.url("/login"));
		assertThat(browser.cookie(SESSION_COOKIE)).as("Spring Session's cookie").isNotNull();
		String authorizationRequest = Browser.location(browser.get(login));
		assertThat(authorizationRequest).isEqualTo(a.url("/oauth2/authorization/userclouds"));
		return Browser.location(browser.get(authorizationRequest));
	}

	/**
	 * Logs in as alice on the tenant's form and returns the tenant's redirect back to the application.
	 */
	private static String loginAtTenant(Browser browser, String tenantUrl, String authorizationUrl) {
		assertThat(authorizationUrl).startsWith(tenantUrl + "/oidc/authorize?");
		String next = authorizationUrl;
		for (int hops = 0; hops < 10; hops++) {
			if (!next.startsWith(tenantUrl)) {
				return next;
			}
			if (URI.create(next).getPath().equals("/login")) {
				assertThat(URI.create(next).getQuery()).as("the tenant's login form without an error").isNull();
				HttpResponse<String> form = browser.get(next);
				next = Browser.location(browser.postForm(tenantUrl + "/login", Map.of("username", "alice", "password",
						"alice-password", "_csrf", Browser.csrfToken(form))));
			}
			else {
				next = Browser.location(browser.get(next));
			}
		}
		throw new AssertionError("the tenant redirected too often");
	}

	private static void assertLoggedIn(Browser browser, Instance instance) {
		HttpResponse<String> profile = browser.get(instance.url("/profile"));
		assertThat(profile.statusCode()).as("profile on %s", instance.url("")).isEqualTo(200);
		assertThat(profile.body()).contains("<dd id=\"email\">alice@example.com</dd>")
			.as("the user's access token is in the shared session")
			.contains("id=\"access-token-claims\"");
	}

	/**
	 * The session's entries in Redis with their sizes in bytes; empty when the session does not exist.
	 */
	private Map<String, Integer> storedSession(Instance instance, String sessionCookie) {
		String key = sessionNamespace() + ":sessions:" + sessionId(sessionCookie);
		RedisConnectionFactory connections = instance.context().getBean(RedisConnectionFactory.class);
		try (RedisConnection connection = connections.getConnection()) {
			Map<byte[], byte[]> entries = connection.hashCommands().hGetAll(key.getBytes(StandardCharsets.UTF_8));
			return (entries != null) ? entries.entrySet()
				.stream()
				.collect(Collectors.toMap(
						(entry) -> new String(entry.getKey(), StandardCharsets.UTF_8),
						(entry) -> entry.getKey().length + entry.getValue().length)) : Map.of();
		}
	}

	private static String property(String name) {
		return tenantHolder.getEnvironment().getRequiredProperty(name);
	}

	/**
	 * One instance of the sample with the {@code redis} profile, on a port of its own.
	 */
	private record Instance(ConfigurableApplicationContext context, int port) implements AutoCloseable {

		static Instance start(Class<?> application, String flow) {
			ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
				.profiles("redis", flow)
				.run("--server.port=0", "--spring.data.redis.host=127.0.0.1",
						"--spring.data.redis.port=" + redis.port(),
						"--userclouds.tenant-url=" + property("userclouds.tenant-url"),
						"--userclouds.login.client-id=" + property("userclouds.login.client-id"),
						"--userclouds.login.client-secret=" + property("userclouds.login.client-secret"));
			return new Instance(context, ((WebServerApplicationContext) context).getWebServer().getPort());
		}

		String url(String path) {
			return "http://localhost:" + this.port + path;
		}

		@Override
		public void close() {
			this.context.close();
		}

	}

	/**
	 * An application with nothing but the local tenant's launcher, which every application with the local-tenant
	 * module on its classpath has.
	 */
	@Configuration(proxyBeanMethods = false)
	static class LocalTenantHolder {

	}

}
