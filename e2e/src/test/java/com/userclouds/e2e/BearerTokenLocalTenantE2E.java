package com.userclouds.e2e;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.userclouds.e2e.stack.ApiSample;
import com.userclouds.e2e.stack.LocalTenantStack;
import com.userclouds.e2e.stack.StackExtension;

/**
 * Each API sample as a resource server of the local tenant, called with client-credentials tokens that the suite
 * gets itself (see {@link BearerTokenChecks}).
 */
@ExtendWith(StackExtension.class)
class BearerTokenLocalTenantE2E {

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void noToken(ApiSample sample, LocalTenantStack stack) {
		BearerTokenChecks.noTokenGetsABearerChallenge(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void readScope(ApiSample sample, LocalTenantStack stack) {
		BearerTokenChecks.readScopeReadsOrders(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void writeScope(ApiSample sample, LocalTenantStack stack) {
		BearerTokenChecks.writingNeedsTheWriteScope(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void whoami(ApiSample sample, LocalTenantStack stack) {
		BearerTokenChecks.whoamiNamesTheTokensSubjectAndScopes(stack, sample);
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ApiSample.class)
	void tamperedToken(ApiSample sample, LocalTenantStack stack) {
		BearerTokenChecks.aTamperedTokenIsRefused(stack, sample);
	}

}
