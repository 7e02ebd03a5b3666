package com.userclouds.spring.autoconfigure.m2m;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * One MockWebServer as both a UserClouds token endpoint and the API its tokens are for, answering as a test scripts
 * it and recording what the HTTP clients sent, for the tests of the ready RestClients and WebClients.
 */
final class ScriptedTenantAndApi extends Dispatcher {

	private final FakeUserCloudsTokenEndpoint tokenEndpoint = new FakeUserCloudsTokenEndpoint(Clock.systemUTC(),
			Duration.ofHours(1));

	final AtomicInteger tokenRequests = new AtomicInteger();

	/** token endpoint answers, in order; when they run out, a new token */
	final List<MockResponse> tokenAnswers = new CopyOnWriteArrayList<>();

	final List<String> apiAuthorizations = new CopyOnWriteArrayList<>();

	/** API answers, in order; when they run out, 200 */
	final List<Integer> apiStatuses = new CopyOnWriteArrayList<>();

	/** The body of the API's non-200 answers. */
	volatile String apiErrorBody = "{}";

	@Override
	public MockResponse dispatch(RecordedRequest request) {
		if (request.getUrl().encodedPath().equals(FakeUserCloudsTokenEndpoint.TOKEN_PATH)) {
			this.tokenRequests.incrementAndGet();
			return this.tokenAnswers.isEmpty() ? this.tokenEndpoint.nextTokenResponse() : this.tokenAnswers.remove(0);
		}
		this.apiAuthorizations.add(request.getHeaders().get("Authorization"));
		int status = this.apiStatuses.isEmpty() ? 200 : this.apiStatuses.remove(0);
		// a 200 echoes the request's body, or lists orders
		String ok = (request.getBody() != null && request.getBody().size() > 0) ? request.getBody().utf8()
				: "{\"orders\":[1,2]}";
		return FakeUserCloudsTokenEndpoint.json(status, (status == 200) ? ok : this.apiErrorBody);
	}

}
