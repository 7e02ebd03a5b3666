package com.userclouds.spring.autoconfigure.diagnostics;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/** {@link UnobservedSecurityTests} on the servlet stack. */
@WebStackTests.ServletStack
class ServletUnobservedSecurityTests extends UnobservedSecurityTests {

}
