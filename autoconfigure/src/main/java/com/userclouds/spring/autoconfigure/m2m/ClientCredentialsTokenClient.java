package com.userclouds.spring.autoconfigure.m2m;

import java.io.IOException;
import java.time.Clock;
import java.util.List;

import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AccessTokenResponse;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.client.RestClient;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;
import com.userclouds.spring.autoconfigure.token.ExpiryFromJwtTokenResponseConverter;
import com.userclouds.spring.autoconfigure.token.TokenEndpointRestClients;

/**
 * One client-credentials token request for one client, made by Spring Security's
 * {@link RestClientClientCredentialsTokenResponseClient}; this class adds what it lacks for UserClouds: the
 * {@code audience} parameters, a lifetime from the JWT {@code exp}, timeouts, and failures sorted into temporary,
 * refused and malformed with messages that never carry the secret or a token.
 */
final class ClientCredentialsTokenClient {

	static final String AUDIENCE = "audience";

	private final String clientName;

	private final ClientRegistrationRepository registrations;

	/**
	 * Made on the first token request: building a JDK {@link HttpClient} initializes TLS and reads the trust store,
	 * which took about 0.4 s of the application's startup.
	 */
	private final SingletonSupplier<RestClientClientCredentialsTokenResponseClient> responseClient;

	ClientCredentialsTokenClient(String clientName, M2mProperties.Client client,
			ClientRegistrationRepository registrations, Clock clock) {
		this.clientName = clientName;
		this.registrations = registrations;
		this.responseClient = SingletonSupplier.of(() -> responseClient(clientName, client, clock));
	}

	private static RestClientClientCredentialsTokenResponseClient responseClient(String clientName,
			M2mProperties.Client client, Clock clock) {
		RestClientClientCredentialsTokenResponseClient responseClient = new RestClientClientCredentialsTokenResponseClient();
		responseClient.setRestClient(tokenEndpointClient(clientName, client, clock));
		List<String> audiences = List.copyOf(client.getAudiences());
		if (!audiences.isEmpty()) {
			responseClient.addParametersConverter((grantRequest) -> {
				MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
				audiences.forEach((audience) -> parameters.add(AUDIENCE, audience));
				return parameters;
			});
		}
		return responseClient;
	}

	private static RestClient tokenEndpointClient(String clientName, M2mProperties.Client client, Clock clock) {
		return TokenEndpointRestClients.create(client.getConnectTimeout(), client.getReadTimeout(),
				new ExpiryFromJwtTokenResponseConverter(client.getOpaqueTokenLifetime(), clock),
				new TokenEndpointErrorHandler(clientName));
	}

	/**
	 * @throws M2mTokenException on any failure; {@link M2mTokenException#isRetryable()} tells whether to try again
	 */
	OAuth2AccessToken requestToken() {
		ClientRegistration registration = registration();
		OAuth2AccessTokenResponse response;
		try {
			response = this.responseClient.obtain().getTokenResponse(new OAuth2ClientCredentialsGrantRequest(registration));
		}
		catch (OAuth2AuthorizationException ex) {
			throw translate(ex);
		}
		if (response.getAdditionalParameters().containsKey(OAuth2ParameterNames.ERROR)) {
			throw M2mTokenException.malformed(this.clientName, "it carries an 'error' parameter");
		}
		if (!OAuth2AccessToken.TokenType.BEARER.equals(response.getAccessToken().getTokenType())) {
			throw M2mTokenException.malformed(this.clientName,
					"token_type '" + response.getAccessToken().getTokenType().getValue() + "' is not Bearer");
		}
		return response.getAccessToken();
	}

	private ClientRegistration registration() {
		ClientRegistration registration;
		try {
			registration = this.registrations.findByRegistrationId(this.clientName);
		}
		catch (TenantUnavailableException ex) {
			throw M2mTokenException.temporary(this.clientName, "the token endpoint is not known yet: " + ex.getMessage(),
					ex);
		}
		if (registration == null) {
			throw M2mTokenException.misconfigured(this.clientName, "the ClientRegistrationRepository has no "
					+ "registration with this id (a repository of the application's own replaced the starter's?)");
		}
		return registration;
	}

	/**
	 * Spring Security wraps transport errors and unreadable responses alike in an OAuth2AuthorizationException whose
	 * message quotes the cause; that text may include the response body, so only safe parts are passed on.
	 */
	private M2mTokenException translate(OAuth2AuthorizationException ex) {
		for (Throwable cause = ex.getCause(); cause != null; cause = cause.getCause()) {
			if (cause instanceof IOException io && isTransportFailure(io)) {
				return M2mTokenException.temporary(this.clientName,
						"the token endpoint could not be reached or did not answer in time (" + io.getClass().getSimpleName()
								+ ((io.getMessage() != null) ? ": " + io.getMessage() : "") + ")",
						io);
			}
			if (cause instanceof IllegalArgumentException invalid) {
				// thrown by Spring Security's response converter: "Missing required parameter: access_token",
				// "tokenType cannot be null", ...; these messages name parameters, never values
				return M2mTokenException.malformed(this.clientName, invalid.getMessage());
			}
		}
		return M2mTokenException.malformed(this.clientName, "the body is not a JSON token response");
	}

	/**
	 * Timeouts, refused or reset connections are the JDK's own IOExceptions; a JSON library's parse errors may be
	 * IOExceptions too (Jackson 2) but mean a malformed body, which no retry mends.
	 */
	private static boolean isTransportFailure(IOException ex) {
		return ex.getClass().getName().startsWith("java.");
	}

}
