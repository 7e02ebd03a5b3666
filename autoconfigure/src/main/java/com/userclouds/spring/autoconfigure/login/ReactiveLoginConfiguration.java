package com.userclouds.spring.autoconfigure.login;

import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2ClientCredentialsGrantRequest;
import org.springframework.security.oauth2.client.endpoint.OAuth2RefreshTokenGrantRequest;
import org.springframework.security.oauth2.client.endpoint.ReactiveOAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.WebClientReactiveClientCredentialsTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionOAuth2ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.util.function.SingletonSupplier;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.UserCloudsSecurityWebFilterChain;
import com.userclouds.spring.autoconfigure.tenant.NonBlockingClientRegistrationRepository;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * Login on WebFlux, from the same properties and through the same checks as on the servlet stack
 * ({@link UserCloudsReactiveLogin}). Everything between the authorization request and the callback, and the
 * authorized client after login, lives in the {@code WebSession} through Spring Security's own reactive repositories,
 * so Spring Session (reactive Redis, for one) carries logins across instances.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
@ConditionalOnClass({ ServerHttpSecurity.class, Mono.class })
class ReactiveLoginConfiguration {

	@Bean
	@ConditionalOnMissingBean(ServerAuthorizationRequestRepository.class)
	ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> userCloudsServerAuthorizationRequestRepository() {
		return new WebSessionOAuth2ServerAuthorizationRequestRepository();
	}

	@Bean
	@ConditionalOnMissingBean(ServerOAuth2AuthorizedClientRepository.class)
	ServerOAuth2AuthorizedClientRepository userCloudsLoginServerAuthorizedClientRepository() {
		return new WebSessionServerOAuth2AuthorizedClientRepository();
	}

	/** The login chain's configuration, for the starter's chain and an application's own. */
	@Bean
	UserCloudsReactiveLogin userCloudsReactiveLogin(LoginClientRegistration login, UserCloudsTenant tenant,
			ClientRegistrationRepository registrations,
			ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			ServerOAuth2AuthorizedClientRepository authorizedClients,
			JwtDecoderFactory<ClientRegistration> idTokenDecoders,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeTokenResponseClient,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> userServices,
			FrontChannelAccessTokenCheck accessTokenCheck, ApplicationEventPublisher events) {
		LoginProperties properties = login.properties();
		FrontChannelAuthenticationProvider responseChecks = FrontChannelAuthenticationProvider.create(properties,
				idTokenDecoders, codeTokenResponseClient, AccessTokenHashCheckingUserService.around(userServices),
				accessTokenCheck);
		return new UserCloudsReactiveLogin(login, tenant.issuer(),
				new NonBlockingClientRegistrationRepository(registrations), authorizationRequests, authorizedClients,
				responseChecks,
				new TenantLogout(tenant, properties.getClientId(), properties.getPostLogoutRedirectUri()), events);
	}

	/**
	 * The login chain: every exchange the API chain does not take, through {@link UserCloudsReactiveLogin}. Public
	 * paths are open, the rest needs a logged-in user. Yields, exchange by exchange, to the application's own
	 * {@link SecurityWebFilterChain}s ({@link UserCloudsSecurityWebFilterChain}).
	 */
	@Bean
	@Order(UserCloudsSecurityFilterChain.LOGIN_ORDER)
	UserCloudsSecurityWebFilterChain userCloudsLoginSecurityWebFilterChain(ServerHttpSecurity http,
			UserCloudsReactiveLogin login, LoginProperties properties,
			ObjectProvider<SecurityWebFilterChain> allChains) {
		http.authorizeExchange((exchanges) -> exchanges.pathMatchers(properties.getPublicPaths().toArray(String[]::new))
			.permitAll()
			.pathMatchers(LoginPages.LOGIN_PATH)
			.permitAll()
			.anyExchange()
			.authenticated());
		login.customize(http);
		return new UserCloudsSecurityWebFilterChain(http.build(), allChains);
	}

	/**
	 * Gives the logged-in user's access token to code calling APIs (Spring Cloud Gateway's {@code TokenRelay}, a
	 * {@code ServerOAuth2AuthorizedClientExchangeFilterFunction}), refreshing it with the refresh token once it has
	 * expired; empty when the login brought no access token. As on the servlet stack it has no authorization-code
	 * provider, and, being the application's only {@link ReactiveOAuth2AuthorizedClientManager}, it also serves the
	 * M2M clients' registrations through their cached, single-flight token client. The token endpoint's clients are
	 * the servlet stack's, called off the event loop.
	 * <p>
	 * Spring Security's reactive refresh takes no new ID token from a refresh response: the session keeps the user
	 * that logged in.
	 */
	@Bean
	@ConditionalOnMissingBean(name = "userCloudsLoginAuthorizedClientManager")
	ReactiveOAuth2AuthorizedClientManager userCloudsLoginAuthorizedClientManager(
			ClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository authorizedClients,
			OAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokenResponseClient,
			ObjectProvider<ReactiveOAuth2AccessTokenResponseClient<OAuth2ClientCredentialsGrantRequest>> clientCredentialsClients) {
		var clientCredentialsTokens = SingletonSupplier.of(() -> clientCredentialsClients
			.getIfUnique(WebClientReactiveClientCredentialsTokenResponseClient::new));
		ReactiveOAuth2AccessTokenResponseClient<OAuth2RefreshTokenGrantRequest> refreshTokens = (grant) -> Mono
			.fromCallable(() -> refreshTokenResponseClient.getTokenResponse(grant))
			.subscribeOn(Schedulers.boundedElastic());
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				new NonBlockingClientRegistrationRepository(registrations), authorizedClients);
		manager.setAuthorizedClientProvider(ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.refreshToken((refresh) -> refresh.accessTokenResponseClient(refreshTokens))
			.clientCredentials((clientCredentials) -> clientCredentials
				.accessTokenResponseClient((grant) -> clientCredentialsTokens.obtain().getTokenResponse(grant)))
			.build());
		return manager;
	}

}
