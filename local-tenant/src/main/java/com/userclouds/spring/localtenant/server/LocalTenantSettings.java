package com.userclouds.spring.localtenant.server;

import com.userclouds.spring.localtenant.LocalTenantProperties;

/**
 * What the tenant's own context is started with: its issuer (known before the server binds, so tokens never depend
 * on the host name a request used) and the properties read from the application's environment.
 *
 * @param issuer the issuer, {@code http://localhost:<port>}
 * @param properties the local tenant's properties
 */
public record LocalTenantSettings(String issuer, LocalTenantProperties properties) {
}
