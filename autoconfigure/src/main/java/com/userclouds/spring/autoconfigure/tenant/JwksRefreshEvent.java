package com.userclouds.spring.autoconfigure.tenant;

import java.time.Instant;

/**
 * Published after each fetch of the tenant's JWK set by {@link TenantJwkSource} (initial load, refresh ahead of
 * expiry, refetch on an unknown key id), for health and metrics. Carries no key material.
 *
 * @param success whether the key set was read
 * @param keyCount the number of keys read, 0 on failure
 * @param at when the fetch ended
 */
public record JwksRefreshEvent(boolean success, int keyCount, Instant at) {

}
