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
		Map<String, String> parameters = AuthorizationResponseParameters.read(request.getParameterMap());
		OAuth2AuthorizationRequest authorizationRequest = AuthorizationResponseParameters.answered(
				this.authorizationRequests.removeAuthorizationRequest(request, response), parameters);
		FrontChannelAuthenticationToken responseToken = new FrontChannelAuthenticationToken(
				registrationOf(authorizationRequest), authorizationRequest, parameters);
		responseToken.setDetails(this.authenticationDetailsSource.buildDetails(request));
		FrontChannelAuthenticationToken login = (FrontChannelAuthenticationToken) getAuthenticationManager()
			.authenticate(responseToken);
		OAuth2AuthenticationToken authentication = login.toAuthentication(responseToken.getDetails());
		OAuth2AuthorizedClient authorizedClient = login.authorizedClient(authentication.getName());
		if (authorizedClient != null) {
			this.authorizedClients.saveAuthorizedClient(authorizedClient, authentication, request, response);
		}
		return authentication;
	}

	private ClientRegistration registrationOf(OAuth2AuthorizationRequest authorizationRequest) {
		try {
			return this.registrations
				.findByRegistrationId(authorizationRequest.getAttribute(OAuth2ParameterNames.REGISTRATION_ID));
		}
		catch (TenantUnavailableException ex) {
			throw LoginError.of("temporarily_unavailable", "The login service cannot be reached");
		}
	}

}
