package com.userclouds.spring.autoconfigure.diagnostics;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/** {@link MetricsTests} on the servlet stack. */
@WebStackTests.ServletStack
class ServletMetricsTests extends MetricsTests {

}
