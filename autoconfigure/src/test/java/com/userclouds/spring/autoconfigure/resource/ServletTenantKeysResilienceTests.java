package com.userclouds.spring.autoconfigure.resource;

/** {@link TenantKeysResilienceTests} on the servlet stack. */
@FullStackTests.ServletStack
class ServletTenantKeysResilienceTests extends TenantKeysResilienceTests {

}
