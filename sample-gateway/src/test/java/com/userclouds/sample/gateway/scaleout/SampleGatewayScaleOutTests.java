package com.userclouds.sample.gateway.scaleout;

import com.userclouds.sample.gateway.SampleGatewayApplication;
import com.userclouds.sample.webapp.scaleout.ScaleOutTests;

/**
 * {@link ScaleOutTests} for sample-gateway: WebSessions in Spring Session's reactive Redis store, whose cookie carries
 * the session id as it is.
 */
class SampleGatewayScaleOutTests extends ScaleOutTests {

	@Override
	protected Class<?> application() {
		return SampleGatewayApplication.class;
	}

	@Override
	protected String sessionNamespace() {
		return "sample-gateway:session";
	}

	@Override
	protected String sessionId(String sessionCookie) {
		return sessionCookie;
	}

}
