package com.userclouds.spring.autoconfigure.resource;

/**
 * {@link AdditionalTokenRulesTests} on WebFlux, where Spring Security reads no client certificate for the decoder, so
 * a certificate-bound token is always refused.
 */
@FullStackTests.ReactiveStack
class ReactiveAdditionalTokenRulesTests extends AdditionalTokenRulesTests {

}
