package com.userclouds.spring.autoconfigure.resource;

/** {@link ValidatedTokenCacheIntegrationTests} on WebFlux, with BlockHound watching the event loops. */
@FullStackTests.ReactiveStack
class ReactiveValidatedTokenCacheIntegrationTests extends ValidatedTokenCacheIntegrationTests {

}
