package com.userclouds.spring.localtenant.server;

import com.userclouds.spring.localtenant.LocalTenantProperties;

/**
 * What the tenant's own context is started with: its issuer (known before the server binds, so tokens never depend
 * on the host name a request used), the properties read from the application's environment, and the secret it proves
 * it was started by this user with.
 *
 * @param issuer the issuer, {@code http://localhost:<port>}
 * @param properties the local tenant's properties
 * @param ownership the secret behind {@link OwnershipProof#PATH}
 */
public record LocalTenantSettings(String issuer, LocalTenantProperties properties, OwnershipProof ownership) {
}
