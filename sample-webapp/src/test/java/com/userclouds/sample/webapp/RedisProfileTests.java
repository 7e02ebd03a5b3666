package com.userclouds.sample.webapp;

import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.session.SessionRepository;
import org.springframework.session.data.redis.RedisSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Session and Redis are always on the sample's classpath, but only the {@code redis} profile uses them: without
 * it the sample keeps sessions in memory and needs no Redis. Neither case connects to Redis at startup (none runs
 * here).
 */
class RedisProfileTests {

	@Test
	void withoutTheProfileSessionsStayInMemory() {
		try (ConfigurableApplicationContext context = run()) {
			assertThat(context.getBeansOfType(SessionRepository.class)).isEmpty();
			assertThat(context.getBeansOfType(SessionRepositoryFilter.class)).isEmpty();
			assertThat(context.getBeansOfType(RedisConnectionFactory.class)).isEmpty();
		}
	}

	@Test
	void theRedisProfileKeepsSessionsInRedis() {
		try (ConfigurableApplicationContext context = run("redis")) {
			assertThat(context.getBean(SessionRepository.class)).isInstanceOf(RedisSessionRepository.class);
			assertThat(context.getBeansOfType(SessionRepositoryFilter.class)).hasSize(1);
		}
	}

	private static ConfigurableApplicationContext run(String... profiles) {
		return new SpringApplicationBuilder(SampleWebappApplication.class).profiles(profiles)
			.run("--server.port=0", "--userclouds.tenant-url=http://127.0.0.1:9",
					"--userclouds.login.client-id=sample-webapp", "--spring.data.redis.port=9");
	}

}
