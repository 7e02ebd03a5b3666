package com.userclouds.e2e.stack;

import java.util.ArrayList;
import java.util.List;

/**
 * How sample-webapp logs in for one test: the client it uses and the flow, response type and response mode it asks
 * for, turned into {@code userclouds.login.*} properties.
 *
 * @param clientId the login client's id
 * @param clientSecret its secret, {@code null} for a public client
 * @param flow {@code pkce}, {@code authorization-code}, {@code hybrid} or {@code implicit}
 * @param responseType for hybrid and implicit, e.g. {@code code id_token}; {@code null} for the code flows
 * @param responseMode {@code query}, {@code fragment} or {@code form_post}; {@code null} to send none
 */
public record LoginClient(String clientId, String clientSecret, String flow, String responseType,
		String responseMode) {

	public boolean issuesAccessToken() {
		if (this.responseType == null) {
			return true;
		}
		List<String> words = List.of(this.responseType.split(" "));
		return words.contains("code") || words.contains("token");
	}

	List<String> properties() {
		List<String> properties = new ArrayList<>();
		properties.add("--userclouds.login.client-id=" + this.clientId);
		properties.add("--userclouds.login.client-secret=" + ((this.clientSecret != null) ? this.clientSecret : ""));
		properties.add("--userclouds.login.flow=" + this.flow);
		if (this.responseType != null) {
			properties.add("--userclouds.login.response-type=" + this.responseType);
		}
		if (this.responseMode != null) {
			properties.add("--userclouds.login.response-mode=" + this.responseMode);
		}
		return properties;
	}

	public String describe() {
		return this.flow + ((this.responseType != null) ? " [" + this.responseType + "]" : "")
				+ ((this.responseMode != null) ? " in " + this.responseMode : "");
	}

}
