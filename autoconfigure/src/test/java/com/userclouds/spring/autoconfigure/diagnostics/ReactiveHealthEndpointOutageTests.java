package com.userclouds.spring.autoconfigure.diagnostics;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/** {@link HealthEndpointTests.TenantDown} on WebFlux. */
@WebStackTests.ReactiveStack
class ReactiveHealthEndpointOutageTests extends HealthEndpointTests.TenantDown {

}
