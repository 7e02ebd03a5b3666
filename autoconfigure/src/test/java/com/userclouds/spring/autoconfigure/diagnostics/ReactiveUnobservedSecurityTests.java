package com.userclouds.spring.autoconfigure.diagnostics;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/** {@link UnobservedSecurityTests} on the WebFlux. */
@WebStackTests.ReactiveStack
class ReactiveUnobservedSecurityTests extends UnobservedSecurityTests {

}
