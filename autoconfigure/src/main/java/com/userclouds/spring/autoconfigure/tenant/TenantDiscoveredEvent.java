package com.userclouds.spring.autoconfigure.tenant;

/**
 * Published once, when the tenant's discovery document was first read (on first use, never at startup), so that it
 * can be compared with the configuration.
 *
 * @param metadata what discovery says
 */
public record TenantDiscoveredEvent(ProviderMetadata metadata) {

}
