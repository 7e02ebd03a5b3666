package com.userclouds.e2e;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.userclouds.e2e.stack.ApiSample;
import com.userclouds.e2e.stack.OidcProviderStack;
import com.userclouds.e2e.stack.StackExtension;

/**
 * Each API sample as a resource server of oidc-provider, called with client-credentials tokens that the suite
 * gets itself (see {@link BearerTokenChecks}).
 */
@ExtendWith(StackExtension.class)
class BearerTokenOidcProviderE2E {

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void noToken(ApiSample sample, OidcProviderStack stack) {
		BearerTokenChecks.noTokenGetsABearerChallenge(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void readScope(ApiSample sample, OidcProviderStack stack) {
		BearerTokenChecks.readScopeReadsOrders(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void writeScope(ApiSample sample, OidcProviderStack stack) {
		BearerTokenChecks.writingNeedsTheWriteScope(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void whoami(ApiSample sample, OidcProviderStack stack) {
		BearerTokenChecks.whoamiNamesTheTokensSubjectAndScopes(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void tamperedToken(ApiSample sample, OidcProviderStack stack) {
		BearerTokenChecks.aTamperedTokenIsRefused(stack, sample);
	}

}
