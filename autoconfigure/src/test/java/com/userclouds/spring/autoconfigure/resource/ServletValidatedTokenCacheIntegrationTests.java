package com.userclouds.spring.autoconfigure.resource;

/** {@link ValidatedTokenCacheIntegrationTests} on the servlet stack. */
@FullStackTests.ServletStack
class ServletValidatedTokenCacheIntegrationTests extends ValidatedTokenCacheIntegrationTests {

}
