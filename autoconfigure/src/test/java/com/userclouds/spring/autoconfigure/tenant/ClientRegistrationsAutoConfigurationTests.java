package com.userclouds.spring.autoconfigure.tenant;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

import static org.assertj.core.api.Assertions.assertThat;

class ClientRegistrationsAutoConfigurationTests {

	private final ApplicationContextRunner contextRunner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(TenantAutoConfiguration.class,
				ClientRegistrationsAutoConfiguration.class))
		.withPropertyValues("userclouds.tenant-url=https://acme-prod.tenant.userclouds.com");

	@Test
	void noRepositoryWithoutContributors() {
		this.contextRunner.run((context) -> assertThat(context).doesNotHaveBean(ClientRegistrationRepository.class));
	}

	@Test
	void collectsEveryContributionAndBuildsItOnFirstLookupOnly() {
		AtomicInteger builds = new AtomicInteger();
		this.contextRunner
			.withBean("login", ClientRegistrationContributor.class,
					() -> () -> Map.of("userclouds", () -> registration("userclouds", builds)))
			.withBean("m2m", ClientRegistrationContributor.class,
					() -> () -> Map.of("orders", () -> registration("orders", builds)))
			.run((context) -> {
				ClientRegistrationRepository repository = context.getBean(ClientRegistrationRepository.class);
				assertThat(builds).hasValue(0);
				assertThat(repository.findByRegistrationId("orders").getClientId()).isEqualTo("orders-client");
				assertThat(repository.findByRegistrationId("orders")).isNotNull();
				assertThat(repository.findByRegistrationId("userclouds")).isNotNull();
				assertThat(repository.findByRegistrationId("unknown")).isNull();
				assertThat(builds).hasValue(2);
			});
	}

	@Test
	void twoClientsWithOneNameFailStartup() {
		this.contextRunner
			.withBean("a", ClientRegistrationContributor.class,
					() -> () -> Map.of("orders", () -> registration("orders", new AtomicInteger())))
			.withBean("b", ClientRegistrationContributor.class,
					() -> () -> Map.of("orders", () -> registration("orders", new AtomicInteger())))
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("Two UserClouds clients are named 'orders'"));
	}

	@Test
	void backsOffFromTheApplicationsRepository() {
		InMemoryClientRegistrationRepository own = new InMemoryClientRegistrationRepository(
				registration("mine", new AtomicInteger()));
		this.contextRunner
			.withBean(ClientRegistrationContributor.class,
					() -> () -> Map.of("orders", () -> registration("orders", new AtomicInteger())))
			.withBean(ClientRegistrationRepository.class, () -> own)
			.run((context) -> assertThat(context.getBean(ClientRegistrationRepository.class)).isSameAs(own));
	}

	@Test
	void aFailedBuildIsRetriedOnTheNextLookup() {
		AtomicInteger attempts = new AtomicInteger();
		LazyClientRegistrationRepository repository = new LazyClientRegistrationRepository(Map.of("orders", () -> {
			if (attempts.incrementAndGet() == 1) {
				throw new TenantUnavailableException("tenant down");
			}
			return registration("orders", new AtomicInteger());
		}));
		org.assertj.core.api.Assertions.assertThatExceptionOfType(TenantUnavailableException.class)
			.isThrownBy(() -> repository.findByRegistrationId("orders"));
		assertThat(repository.findByRegistrationId("orders")).isNotNull();
		assertThat(repository.findByRegistrationId("orders")).isNotNull();
		assertThat(attempts).hasValue(2);
	}

	private static ClientRegistration registration(String id, AtomicInteger builds) {
		builds.incrementAndGet();
		return ClientRegistration.withRegistrationId(id)
			.clientId(id + "-client")
			.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
			.tokenUri("https://acme-prod.tenant.userclouds.com/oidc/token")
			.build();
	}

}
