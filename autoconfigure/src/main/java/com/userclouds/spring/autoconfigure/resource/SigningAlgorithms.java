package com.userclouds.spring.autoconfigure.resource;

import java.security.Key;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;

import com.userclouds.spring.autoconfigure.tenant.ProviderMetadata;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * Selects the tenant's verification keys for the algorithms allowed. Configured algorithms are used as they are. When
 * none are configured, RS256 is allowed plus the asymmetric algorithms the tenant's discovery document advertises
 * once it has been read; the allow-list therefore cannot be fixed when Spring Security's decoder builder is called
 * (discovery never runs at startup), which is why this selector exists. Symmetric algorithms are never allowed: their
 * key would be the tenant's public key, which anybody can fetch. Public because login checks ID tokens (and implicit
 * access tokens) against the same allow-list.
 */
public final class SigningAlgorithms implements JWSKeySelector<SecurityContext> {

	private static final Set<JWSAlgorithm> DEFAULT = Set.of(JWSAlgorithm.RS256);

	private final JWKSource<SecurityContext> keys;

	private final UserCloudsTenant tenant;

	private final Selection configuredOrDefault;

	private final boolean configured;

	private volatile Selection withAdvertised;

	public SigningAlgorithms(Collection<String> configuredNames, UserCloudsTenant tenant,
			JWKSource<SecurityContext> keys) {
		this.keys = keys;
		this.tenant = tenant;
		this.configured = !configuredNames.isEmpty();
		Set<JWSAlgorithm> allowed = this.configured ? parse(configuredNames) : DEFAULT;
		this.configuredOrDefault = new Selection(allowed, keys);
	}

	/**
	 * @throws com.userclouds.spring.autoconfigure.InvalidUserCloudsPropertyException if a name is unknown,
	 * symmetric or {@code none}
	 */
	static Set<JWSAlgorithm> parse(Collection<String> names) {
		Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
		for (String name : names) {
			JWSAlgorithm algorithm = JWSAlgorithm.parse(name.strip());
			if (!JWSAlgorithm.Family.SIGNATURE.contains(algorithm)) {
				throw ResourceServerProperties.invalid("algorithms", name,
						"only asymmetric signature algorithms are allowed (e.g. RS256, PS256, ES256, EdDSA); "
								+ "never none or HS*");
			}
			algorithms.add(algorithm);
		}
		return algorithms;
	}

	/**
	 * The algorithms accepted right now.
	 */
	Set<JWSAlgorithm> allowed() {
		return current().algorithms();
	}

	@Override
	public List<? extends Key> selectJWSKeys(JWSHeader header, SecurityContext context) throws KeySourceException {
		return current().selector().selectJWSKeys(header, context);
	}

	private Selection current() {
		if (this.configured) {
			return this.configuredOrDefault;
		}
		Selection known = this.withAdvertised;
		if (known != null) {
			return known;
		}
		ProviderMetadata metadata = this.tenant.metadataIfKnown();
		if (metadata == null) {
			return this.configuredOrDefault;
		}
		Set<JWSAlgorithm> allowed = new LinkedHashSet<>(DEFAULT);
		metadata.signingAlgorithms()
			.stream()
			.map(JWSAlgorithm::parse)
			.filter(JWSAlgorithm.Family.SIGNATURE::contains)
			.forEach(allowed::add);
		this.withAdvertised = new Selection(allowed, this.keys);
		return this.withAdvertised;
	}

	private record Selection(Set<JWSAlgorithm> algorithms, JWSVerificationKeySelector<SecurityContext> selector) {

		Selection(Set<JWSAlgorithm> algorithms, JWKSource<SecurityContext> keys) {
			this(Set.copyOf(algorithms), new PublicKeyCachingSelector(algorithms, keys));
		}

	}

}
