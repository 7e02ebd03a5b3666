package com.userclouds.spring.test;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link WebTestClientTokenTests} bound to the application's WebFlux handler, with its filters, and no server. */
@SpringBootTest(classes = OrdersTestApplication.class, properties = "spring.main.web-application-type=reactive")
class MockServerWebTestClientTokenTests extends WebTestClientTokenTests {

}
