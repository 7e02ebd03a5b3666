package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.List;
import java.util.Set;

import org.springframework.boot.actuate.endpoint.EndpointId;
import org.springframework.boot.actuate.endpoint.SecurityContext;
import org.springframework.boot.actuate.endpoint.web.AdditionalPathsMapper;
import org.springframework.boot.actuate.endpoint.web.WebServerNamespace;
import org.springframework.boot.health.actuate.endpoint.AdditionalHealthEndpointPath;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroup;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.boot.health.actuate.endpoint.HttpCodeStatusMapper;
import org.springframework.boot.health.actuate.endpoint.StatusAggregator;
import org.springframework.core.annotation.Order;
import org.springframework.core.Ordered;

/**
 * Adds the tenant check to the {@code readiness} health group, whatever else the group holds. Spring Boot offers no
 * property to add one member to a group without restating the others
 * ({@code management.endpoint.health.group.readiness.include} replaces the default {@code readinessState}), so this
 * wraps the group. Runs last: the readiness group of the availability probes is added by a post-processor of the same
 * order, registered earlier (this auto-configuration runs after it).
 */
@Order(Ordered.LOWEST_PRECEDENCE)
final class ReadinessGroupPostProcessor implements HealthEndpointGroupsPostProcessor {

	static final String READINESS = "readiness";

	private final String member;

	ReadinessGroupPostProcessor(String member) {
		this.member = member;
	}

	@Override
	public HealthEndpointGroups postProcessHealthEndpointGroups(HealthEndpointGroups groups) {
		if (!groups.getNames().contains(READINESS)) {
			return groups;
		}
		return new WithReadinessMember(groups);
	}

	/**
	 * The groups, the readiness group with the member added. Also an {@link AdditionalPathsMapper}, as Spring Boot's
	 * own groups are: Boot's {@code EndpointRequest.toAdditionalPaths(...)} casts the groups to one, and would fail on
	 * every request otherwise.
	 */
	private final class WithReadinessMember implements HealthEndpointGroups, AdditionalPathsMapper {

		private final HealthEndpointGroups groups;

		WithReadinessMember(HealthEndpointGroups groups) {
			this.groups = groups;
		}

		@Override
		public HealthEndpointGroup getPrimary() {
			return this.groups.getPrimary();
		}

		@Override
		public Set<String> getNames() {
			return this.groups.getNames();
		}

		@Override
		public HealthEndpointGroup get(String name) {
			HealthEndpointGroup group = this.groups.get(name);
			return (READINESS.equals(name) && group != null) ? new WithMember(group) : group;
		}

		@Override
		public List<String> getAdditionalPaths(EndpointId endpointId, WebServerNamespace webServerNamespace) {
			return (this.groups instanceof AdditionalPathsMapper paths)
					? paths.getAdditionalPaths(endpointId, webServerNamespace) : List.of();
		}

	}

	private final class WithMember implements HealthEndpointGroup {

		private final HealthEndpointGroup group;

		WithMember(HealthEndpointGroup group) {
			this.group = group;
		}

		@Override
		public boolean isMember(String name) {
			return ReadinessGroupPostProcessor.this.member.equals(name) || this.group.isMember(name);
		}

		@Override
		public boolean showComponents(SecurityContext securityContext) {
			return this.group.showComponents(securityContext);
		}

		@Override
		public boolean showDetails(SecurityContext securityContext) {
			return this.group.showDetails(securityContext);
		}

		@Override
		public StatusAggregator getStatusAggregator() {
			return this.group.getStatusAggregator();
		}

		@Override
		public HttpCodeStatusMapper getHttpCodeStatusMapper() {
			return this.group.getHttpCodeStatusMapper();
		}

		@Override
		public AdditionalHealthEndpointPath getAdditionalPath() {
			return this.group.getAdditionalPath();
		}

	}

}
