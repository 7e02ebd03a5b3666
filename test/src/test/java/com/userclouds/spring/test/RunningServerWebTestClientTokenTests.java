package com.userclouds.spring.test;

import org.springframework.boot.test.context.SpringBootTest;

/** {@link WebTestClientTokenTests} bound to the Reactor Netty server the test starts. */
@SpringBootTest(classes = OrdersTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.main.web-application-type=reactive")
class RunningServerWebTestClientTokenTests extends WebTestClientTokenTests {

}
