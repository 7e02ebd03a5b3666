package com.userclouds.sample.gateway;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.session.ReactiveSessionRepository;
import org.springframework.session.data.redis.ReactiveRedisSessionRepository;
import org.springframework.web.server.session.DefaultWebSessionManager;
import org.springframework.web.server.session.InMemoryWebSessionStore;
import org.springframework.web.server.session.WebSessionManager;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session and Redis are always on the sample's classpath, but only the {@code redis} profile uses them: without
 * it the gateway keeps WebSessions in memory and needs no Redis. Neither case connects to Redis at startup (none runs
 * here).
 */
class RedisProfileTests {

	@Test
	void withoutTheProfileSessionsStayInMemory() {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(context.getBeansOfType(ReactiveSessionRepository.class)).isEmpty();
			assertThat(context.getBeansOfType(ReactiveRedisConnectionFactory.class)).isEmpty();
			WebSessionManager sessions = context.getBean(WebSessionManager.class);
			assertThat(((DefaultWebSessionManager) sessions).getSessionStore()).isInstanceOf(InMemoryWebSessionStore.class);
		}
	}

	@Test
	void theRedisProfileKeepsSessionsInRedis() {
		try (ConfigurableApplicationContext context = run("redis")) {
			assertThat(context.getBean(ReactiveSessionRepository.class))
				.isInstanceOf(ReactiveRedisSessionRepository.class);
			WebSessionManager sessions = context.getBean(WebSessionManager.class);
			assertThat(((DefaultWebSessionManager) sessions).getSessionStore())
				.isNotInstanceOf(InMemoryWebSessionStore.class);
		}
	}

	private static ConfigurableApplicationContext run(String... profiles) {
		return new SpringApplicationBuilder(SampleGatewayApplication.class).profiles(profiles)
			.run("--server.port=0", "--userclouds.tenant-url=http://127.0.0.1:9",
					"--userclouds.login.client-id=sample-gateway", "--spring.data.redis.port=9");
	}

}
