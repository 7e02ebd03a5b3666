package com.userclouds.spring.autoconfigure.resource;

/** {@link TenantKeysResilienceTests} on WebFlux, with BlockHound watching the event loops. */
@FullStackTests.ReactiveStack
class ReactiveTenantKeysResilienceTests extends TenantKeysResilienceTests {

}
