package com.userclouds.spring.autoconfigure.tenant;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.nimbusds.jose.util.Resource;
import com.nimbusds.jose.util.ResourceRetriever;
import org.junit.jupiter.api.Test;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.testsupport.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Discovery is lazy, cached once it succeeds, and retried after the retry interval when it fails.
 */
class TenantDiscoveryTests {

	private static final String ISSUER = "https://acme-prod.tenant.userclouds.com";

	private static final String DOCUMENT = """
			{"issuer":"%s","authorization_endpoint":"%s/oidc/authorize","token_endpoint":"%s/oidc/token",
			"userinfo_endpoint":"%s/oidc/userinfo","jwks_uri":"%s/.well-known/jwks.json",
			"response_types_supported":["id_token"],"id_token_signing_alg_values_supported":["RS256"]}"""
		.formatted(ISSUER, ISSUER, ISSUER, ISSUER, ISSUER);

	private final ScriptedRetriever retriever = new ScriptedRetriever();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));

	private final TenantDiscovery discovery = new TenantDiscovery(ISSUER, this.retriever, Duration.ofSeconds(5),
			this.clock);

	@Test
	void asksNothingUntilFirstUse() {
		assertThat(this.discovery.metadataIfKnown()).isNull();
		assertThat(this.retriever.requested).isEmpty();
	}

	@Test
	void readsTheDocumentOnceAndKeepsIt() {
		this.retriever.answers.add(DOCUMENT);
		ProviderMetadata metadata = this.discovery.metadata();
		assertThat(metadata.tokenEndpoint()).isEqualTo(URI.create(ISSUER + "/oidc/token"));
		assertThat(metadata.responseTypes()).containsExactly("id_token");
		assertThat(metadata.endSessionEndpoint()).isNull();
		assertThat(this.discovery.metadata()).isSameAs(metadata);
		assertThat(this.discovery.metadataIfKnown()).isSameAs(metadata);
		assertThat(this.retriever.requested).containsExactly(ISSUER + "/.well-known/openid-configuration");
	}

	@Test
	void answersFromTheFailureUntilTheRetryIntervalHasPassed() {
		this.retriever.answers.add(null);
		this.retriever.answers.add(DOCUMENT);
		assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(this.discovery::metadata);
		this.clock.advance(Duration.ofSeconds(4));
		assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(this.discovery::metadata);
		assertThat(this.retriever.requested).hasSize(1);
		this.clock.advance(Duration.ofSeconds(1));
		assertThat(this.discovery.metadata().issuer()).isEqualTo(ISSUER);
		assertThat(this.retriever.requested).hasSize(2);
	}

	@Test
	void refusesADocumentOfAnotherIssuer() {
		this.retriever.answers.add(DOCUMENT.replace("\"issuer\":\"" + ISSUER, "\"issuer\":\"" + ISSUER + "/"));
		assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(this.discovery::metadata)
			.withMessageContaining("userclouds.tenant-url must be the issuer exactly");
	}

	@Test
	void refusesADocumentWithoutJwksUri() {
		this.retriever.answers.add(DOCUMENT.replace("\"jwks_uri\"", "\"no_jwks_uri\""));
		assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(this.discovery::metadata)
			.withMessageContaining("jwks_uri");
	}

	@Test
	void refusesGarbage() {
		this.retriever.answers.add("<html>not json</html>");
		assertThatExceptionOfType(TenantUnavailableException.class).isThrownBy(this.discovery::metadata);
	}

	@Test
	void configuredEndpointsWinAndNeedNoDiscovery() {
		UserCloudsProperties properties = new UserCloudsProperties();
		properties.setTenantUrl(ISSUER + "/");
		properties.getEndpoints().setJwks(URI.create("https://keys.example.com/jwks.json"));
		properties.getEndpoints().setToken(URI.create("https://token.example.com/token"));
		UserCloudsTenant tenant = new UserCloudsTenant(properties, this.retriever, this.clock);
		assertThat(tenant.issuer()).isEqualTo(ISSUER);
		assertThat(tenant.jwksUri()).isEqualTo(URI.create("https://keys.example.com/jwks.json"));
		assertThat(tenant.tokenEndpoint()).isEqualTo(URI.create("https://token.example.com/token"));
		assertThat(tenant.userCloudsLogoutEndpoint()).isEqualTo(URI.create(ISSUER + "/logout"));
		assertThat(this.retriever.requested).isEmpty();
		this.retriever.answers.add(DOCUMENT);
		assertThat(tenant.authorizationEndpoint()).isEqualTo(URI.create(ISSUER + "/oidc/authorize"));
		assertThat(this.retriever.requested).hasSize(1);
	}

	/** Answers with the queued documents in turn; {@code null} stands for a failed request. */
	private static final class ScriptedRetriever implements ResourceRetriever {

		final List<String> answers = new ArrayList<>();

		final List<String> requested = new ArrayList<>();

		@Override
		public Resource retrieveResource(URL url) throws IOException {
			this.requested.add(url.toString());
			String answer = this.answers.isEmpty() ? null : this.answers.remove(0);
			if (answer == null) {
				throw new IOException("Connection refused");
			}
			return new Resource(answer, "application/json");
		}

	}


}
