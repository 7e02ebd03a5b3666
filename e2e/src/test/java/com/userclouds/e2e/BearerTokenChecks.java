package com.userclouds.e2e;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import com.userclouds.e2e.stack.ApiSample;
import com.userclouds.e2e.stack.ApiStack;
import com.userclouds.e2e.stack.Http;
import com.userclouds.e2e.stack.SampleApp;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An API sample as a resource server of the stack's provider, called straight with client-credentials tokens that
 * the suite gets itself: what it answers without a token, with each scope, with a tampered token, and who it says
 * the caller is. The same checks for every sample and provider; the test classes pick the provider.
 */
final class BearerTokenChecks {

	private static final String ORDER = "{\"item\":\"mouse\",\"quantity\":2}";

	private BearerTokenChecks() {
	}

	static void noTokenGetsABearerChallenge(ApiStack stack, ApiSample sample) {
		HttpResponse<String> response = Http.get(stack.api(sample).url("/api/orders"));
		assertThat(response.statusCode()).as("%s: %s", sample, response.body()).isEqualTo(401);
		// RFC 6750 3.1: a request without credentials gets the challenge, no error code
		assertThat(challenge(sample, response)).startsWith("Bearer").doesNotContain("error=");
	}

	static void readScopeReadsOrders(ApiStack stack, ApiSample sample) {
		HttpResponse<String> response = Http.get(stack.api(sample).url("/api/orders"),
				stack.accessToken("orders:read"));
		assertThat(response.statusCode()).as("%s: %s", sample, response.body()).isEqualTo(200);
		assertThat(json(response).findValuesAsString("item")).as(sample.toString()).contains("keyboard");
	}

	static void writingNeedsTheWriteScope(ApiStack stack, ApiSample sample) {
		SampleApp api = stack.api(sample);
		HttpResponse<String> refused = Http.postJson(api.url("/api/orders"), stack.accessToken("orders:read"), ORDER);
		assertThat(refused.statusCode()).as("%s: %s", sample, refused.body()).isEqualTo(403);
		assertThat(challenge(sample, refused)).contains("error=\"insufficient_scope\"").contains("scope=\"orders:write\"");

		HttpResponse<String> created = Http.postJson(api.url("/api/orders"), stack.accessToken("orders:write"), ORDER);
		assertThat(created.statusCode()).as("%s: %s", sample, created.body()).isEqualTo(201);
		assertThat(json(created).path("item").asString()).as(sample.toString()).isEqualTo("mouse");
	}

	static void whoamiNamesTheTokensSubjectAndScopes(ApiStack stack, ApiSample sample) {
		String token = stack.accessToken("orders:read orders:write");
		HttpResponse<String> response = Http.get(stack.api(sample).url("/api/whoami"), token);
		assertThat(response.statusCode()).as("%s: %s", sample, response.body()).isEqualTo(200);
		JsonNode caller = json(response);
		JsonNode claims = claims(token);
		assertThat(caller.path("sub").asString()).as(sample.toString()).isEqualTo(claims.required("sub").asString());
		assertThat(strings(caller.path("scopes"))).as(sample.toString())
			.containsExactlyInAnyOrder(claims.required("scope").asString().split(" "))
			.contains("orders:read", "orders:write");
	}

	static void aTamperedTokenIsRefused(ApiStack stack, ApiSample sample) {
		HttpResponse<String> response = Http.get(stack.api(sample).url("/api/orders"),
				withAnotherSignature(stack.accessToken("orders:read")));
		assertThat(response.statusCode()).as("%s: %s", sample, response.body()).isEqualTo(401);
		assertThat(challenge(sample, response)).startsWith("Bearer").contains("error=\"invalid_token\"");
	}

	private static String challenge(ApiSample sample, HttpResponse<String> response) {
		return response.headers().firstValue("WWW-Authenticate").orElseThrow(() -> new AssertionError(
				sample + ": HTTP " + response.statusCode() + " without WWW-Authenticate: " + response.body()));
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.shared().readTree(response.body());
	}

	private static JsonNode claims(String jwt) {
		byte[] payload = Base64.getUrlDecoder().decode(jwt.split("\\.")[1]);
		return JsonMapper.shared().readTree(new String(payload, StandardCharsets.UTF_8));
	}

	private static List<String> strings(JsonNode array) {
		List<String> values = new ArrayList<>();
		array.forEach((value) -> values.add(value.asString()));
		return values;
	}

	/** The same header and claims with a signature changed in its middle, where every bit counts. */
	private static String withAnotherSignature(String jwt) {
		int position = jwt.lastIndexOf('.') + (jwt.length() - jwt.lastIndexOf('.')) / 2;
		char replacement = (jwt.charAt(position) == 'A') ? 'B' : 'A';
		return jwt.substring(0, position) + replacement + jwt.substring(position + 1);
	}

}
