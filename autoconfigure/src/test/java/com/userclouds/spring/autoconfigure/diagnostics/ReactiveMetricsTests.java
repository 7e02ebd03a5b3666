package com.userclouds.spring.autoconfigure.diagnostics;

import com.userclouds.spring.autoconfigure.testsupport.WebStackTests;

/** {@link MetricsTests} on WebFlux. */
@WebStackTests.ReactiveStack
class ReactiveMetricsTests extends MetricsTests {

}
