package com.userclouds.spring.autoconfigure.resource;

/** {@link TenantOutageTests} on WebFlux, with BlockHound watching the event loops. */
@FullStackTests.ReactiveStack
class ReactiveTenantOutageTests extends TenantOutageTests {

}
