package com.userclouds.e2e.stack;

/**
 * A provider with the samples as its orders API: what the client-credentials and bearer checks need.
 */
public interface ApiStack {

	/**
	 * {@code sample} as the orders API trusting this provider, started on first use and stopped with the stack; its
	 * {@code /demo/orders} uses a client that may read orders.
	 */
	SampleApp api(ApiSample sample);

	/**
	 * An access token for the orders API with {@code scope} only, got with the client-credentials grant.
	 */
	String accessToken(String scope);

}
