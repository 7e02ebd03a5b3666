package com.userclouds.sample.webapp;

import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;

/**
 * Calls the API's {@code /api/whoami} with the user's access token and reports what came back, error included.
 */
@Component
class WhoAmIClient {

	private final RestClient api;

	WhoAmIClient(RestClient.Builder builder, SampleProperties properties) {
		this.api = builder.baseUrl(properties.apiBaseUrl()).build();
	}

	/**
	 * @return the API's JSON answer, or a line saying why there is none
	 */
	String whoAmI(String accessToken) {
		try {
			return this.api.get()
				.uri("/api/whoami")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + accessToken)
				.retrieve()
				.body(String.class);
		}
		catch (RestClientResponseException ex) {
			return "Error: the API answered " + ex.getStatusCode().value() + " " + ex.getResponseBodyAsString();
		}
		catch (RestClientException ex) {
			return "Error: the API could not be reached (" + ex.getMessage() + ")";
		}
	}

}
