package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.test.context.TestPropertySource;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/** {@link HealthEndpointTests.TenantDown} on the servlet stack, in an application with login too. */
@WebStackTests.ServletStack
@TestPropertySource(properties = "userclouds.login.client-id=webapp-client")
class ServletHealthEndpointOutageTests extends HealthEndpointTests.TenantDown {

}
