package com.userclouds.spring.autoconfigure.login;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AbstractAuthenticationProcessingFilter;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * The redirect endpoint of the hybrid and implicit flows, which Spring Security lacks: takes the authorization
 * response from the query string (UserClouds) or a form post (form_post, or the fragment relayed by
 * {@link FragmentRelayFilter}), matches it to the authorization request kept in the session by {@code state} (taking
 * the request out, so a response is accepted once), and leaves the checks to {@link FrontChannelAuthenticationProvider}.
 * Success ends like Spring Security's {@code oauth2Login}: an {@link OAuth2AuthenticationToken} in the session and the
 * {@link OAuth2AuthorizedClient} in the {@link OAuth2AuthorizedClientRepository}; as a subclass of
 * {@link AbstractAuthenticationProcessingFilter} it shares the chain's session fixation protection, security context
 * repository and failure handling.
 */
final class FrontChannelResponseFilter extends AbstractAuthenticationProcessingFilter {

	private final ClientRegistrationRepository registrations;

	private final AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final OAuth2AuthorizedClientRepository authorizedClients;

	FrontChannelResponseFilter(RequestMatcher redirectEndpoint, ClientRegistrationRepository registrations,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			OAuth2AuthorizedClientRepository authorizedClients) {
		super(redirectEndpoint);
		this.registrations = registrations;
		this.authorizationRequests = authorizationRequests;
		this.authorizedClients = authorizedClients;
	}

	@Override
	public Authentication attemptAuthentication(HttpServletRequest request, HttpServletResponse response)
			throws AuthenticationException {
		Map<String, String> parameters = AuthorizationResponseParameters.read(request);
		OAuth2AuthorizationRequest authorizationRequest = this.authorizationRequests.removeAuthorizationRequest(request,
				response);
		if (authorizationRequest == null) {
			throw LoginError.of("authorization_request_not_found",
					"No login of this browser is waiting for this response (state unknown, expired or already used)");
		}
		if (parameters.containsKey(OAuth2ParameterNames.ERROR)) {
			throw new OAuth2AuthenticationException(new OAuth2Error(parameters.get(OAuth2ParameterNames.ERROR),
					parameters.get(OAuth2ParameterNames.ERROR_DESCRIPTION), null));
		}
		ClientRegistration registration = registrationOf(authorizationRequest);
		FrontChannelAuthenticationToken responseToken = new FrontChannelAuthenticationToken(registration,
				authorizationRequest, parameters);
		responseToken.setDetails(this.authenticationDetailsSource.buildDetails(request));
		FrontChannelAuthenticationToken login = (FrontChannelAuthenticationToken) getAuthenticationManager()
			.authenticate(responseToken);
		OAuth2AuthenticationToken authentication = new OAuth2AuthenticationToken(login.user(), login.getAuthorities(),
				registration.getRegistrationId());
		authentication.setDetails(responseToken.getDetails());
		if (login.accessToken() != null) {
			this.authorizedClients.saveAuthorizedClient(new OAuth2AuthorizedClient(registration,
					authentication.getName(), login.accessToken(), login.refreshToken()), authentication, request,
					response);
		}
		return authentication;
	}

	private ClientRegistration registrationOf(OAuth2AuthorizationRequest authorizationRequest) {
		String registrationId = authorizationRequest.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
		try {
			return this.registrations.findByRegistrationId(registrationId);
		}
		catch (TenantUnavailableException ex) {
			throw LoginError.of("temporarily_unavailable", "The login service cannot be reached");
		}
	}

}
