package com.userclouds.sample.webapp.scaleout;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.userclouds.sample.webapp.SampleWebappApplication;

/**
 * {@link ScaleOutTests} for sample-webapp: Spring Session's servlet filter, whose cookie carries the session id in
 * Base64.
 */
class SampleWebappScaleOutTests extends ScaleOutTests {

	@Override
	protected Class<?> application() {
		return SampleWebappApplication.class;
	}

	@Override
	protected String sessionNamespace() {
		return "sample-webapp:session";
	}

	@Override
	protected String sessionId(String sessionCookie) {
		return new String(Base64.getDecoder().decode(sessionCookie), StandardCharsets.UTF_8);
	}

}
