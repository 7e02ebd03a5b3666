package com.userclouds.spring.autoconfigure.resource;

/** {@link TenantOutageTests} on the servlet stack. */
@FullStackTests.ServletStack
class ServletTenantOutageTests extends TenantOutageTests {

}
