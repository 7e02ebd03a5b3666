package com.userclouds.spring.autoconfigure.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.server.authentication.ServerAuthenticationConverter;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * Reads an authorization response on WebFlux, from the query string or a form post alike, and pairs it with the
 * authorization request it answers, taken out of the {@code WebSession} (so a response is accepted once). The checks
 * before any token is looked at are the servlet stack's ({@link AuthorizationResponseParameters}): a single value per
 * parameter, RFC 9207's {@code iss}, a login this browser is waiting for, the provider's {@code error}.
 */
final class ReactiveAuthorizationResponseConverter implements ServerAuthenticationConverter {

	private final ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final ReactiveClientRegistrationRepository registrations;

	private final String issuer;

	ReactiveAuthorizationResponseConverter(
			ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			ReactiveClientRegistrationRepository registrations, String issuer) {
		this.authorizationRequests = authorizationRequests;
		this.registrations = registrations;
		this.issuer = issuer;
	}

	@Override
	public Mono<Authentication> convert(ServerWebExchange exchange) {
		return exchange.getFormData()
			.map((form) -> AuthorizationResponseParameters.read(exchange.getRequest().getQueryParams(), form))
			.flatMap((parameters) -> this.authorizationRequests
				.removeAuthorizationRequest(withStateInQuery(exchange, parameters))
				.map(Optional::of)
				.defaultIfEmpty(Optional.empty())
				.map((authorizationRequest) -> answered(authorizationRequest.orElse(null), parameters))
				.flatMap((authorizationRequest) -> registrationOf(authorizationRequest)
					.map((registration) -> new FrontChannelAuthenticationToken(registration, authorizationRequest,
							parameters))));
	}

	/**
	 * Spring Security's reactive repositories find the authorization request by the {@code state} of the query
	 * string only; a posted response's state is shown to them there.
	 */
	private static ServerWebExchange withStateInQuery(ServerWebExchange exchange, Map<String, String> parameters) {
		String state = parameters.get(OAuth2ParameterNames.STATE);
		if (state == null || state.equals(exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE))) {
			return exchange;
		}
		URI withState = UriComponentsBuilder.fromUri(exchange.getRequest().getURI())
			.replaceQueryParam(OAuth2ParameterNames.STATE, UriUtils.encodeQueryParam(state, StandardCharsets.UTF_8))
			.build(true)
			.toUri();
		return exchange.mutate().request((request) -> request.uri(withState)).build();
	}

	private OAuth2AuthorizationRequest answered(OAuth2AuthorizationRequest authorizationRequest,
			Map<String, String> parameters) {
		if (AuthorizationResponseParameters.fromOtherIssuer(parameters.get(AuthorizationResponseParameters.ISSUER),
				this.issuer)) {
			throw AuthorizationResponseParameters.otherIssuer();
		}
		return AuthorizationResponseParameters.answered(authorizationRequest, parameters);
	}

	private Mono<ClientRegistration> registrationOf(OAuth2AuthorizationRequest authorizationRequest) {
		String registrationId = authorizationRequest.getAttribute(OAuth2ParameterNames.REGISTRATION_ID);
		return this.registrations.findByRegistrationId(registrationId)
			.onErrorMap(TenantUnavailableException.class,
					(ex) -> LoginError.of("temporarily_unavailable", "The login service cannot be reached"))
			.switchIfEmpty(Mono.error(() -> LoginError.of("client_registration_not_found",
					"The login in progress names no known client")));
	}

}
