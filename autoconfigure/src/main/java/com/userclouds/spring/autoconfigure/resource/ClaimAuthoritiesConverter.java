package com.userclouds.spring.autoconfigure.resource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.core.convert.converter.Converter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Turns the configured claims of an access token into granted authorities. Written by hand because Spring Security's
 * {@code JwtGrantedAuthoritiesConverter} reads only the first of {@code scope}/{@code scp} it finds and fails with a
 * {@link ClassCastException} (a server error) on an array holding anything but strings.
 */
final class ClaimAuthoritiesConverter implements Converter<Jwt, Collection<GrantedAuthority>> {

	private final List<ResourceServerProperties.AuthorityMapping> mappings;

	ClaimAuthoritiesConverter(List<ResourceServerProperties.AuthorityMapping> mappings) {
		this.mappings = List.copyOf(mappings);
	}

	@Override
	public Collection<GrantedAuthority> convert(Jwt jwt) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		for (ResourceServerProperties.AuthorityMapping mapping : this.mappings) {
			String prefix = (mapping.getPrefix() != null) ? mapping.getPrefix() : "";
			for (String value : ClaimValues.of(jwt.getClaims().get(mapping.getClaim()))) {
				SimpleGrantedAuthority authority = new SimpleGrantedAuthority(prefix + value);
				if (!authorities.contains(authority)) {
					authorities.add(authority);
				}
			}
		}
		return authorities;
	}

}
