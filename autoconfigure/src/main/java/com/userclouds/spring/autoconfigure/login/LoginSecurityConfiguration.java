package com.userclouds.spring.autoconfigure.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2LoginAuthenticationFilter;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.userclouds.spring.autoconfigure.UserCloudsSecurityFilterChain;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * The login filter chain: every request the resource-server chain does not take. Public paths are open, the rest
 * needs a logged-in user. Code flows are Spring Security's {@code oauth2Login}; hybrid and implicit add the starter's
 * callback in front of it. Backs off when the application declares a filter chain of its own.
 */
@Configuration(proxyBeanMethods = false)
class LoginSecurityConfiguration {

	static final String AUTHORIZATION_REQUEST_PATH = OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI
			+ "/" + LoginClientRegistration.REGISTRATION_ID;

	static final String FAILURE_URL = LoginPageFilter.LOGIN_PATH + "?error";

	@Bean
	@Order(UserCloudsSecurityFilterChain.LOGIN_ORDER)
	@ConditionalOnMissingBean(value = SecurityFilterChain.class, ignored = UserCloudsSecurityFilterChain.class)
	UserCloudsSecurityFilterChain userCloudsLoginSecurityFilterChain(HttpSecurity http, LoginClientRegistration login,
			UserCloudsTenant tenant, FrontChannelAccessTokenCheck accessTokenCheck,
			ClientRegistrationRepository registrations,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			OAuth2AuthorizedClientRepository authorizedClients,
			JwtDecoderFactory<ClientRegistration> idTokenDecoders,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeTokenResponseClient,
			ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> userServices, ApplicationEventPublisher events)
			throws Exception {
		LoginProperties properties = login.properties();
		RequestMatcher callback = PathPatternRequestMatcher.pathPattern(LoginClientRegistration.REDIRECT_PATH);
		LoginOutcomeHandlers outcomes = new LoginOutcomeHandlers(events, login.flow(), properties.getClientId());
		SimpleUrlAuthenticationFailureHandler toErrorPage = new SimpleUrlAuthenticationFailureHandler(FAILURE_URL);
		AuthenticationFailureHandler failureHandler = outcomes.failure(toErrorPage);
		OAuth2UserService<OidcUserRequest, OidcUser> userService = new AccessTokenHashCheckingUserService(
				userServices.getIfAvailable(OidcUserService::new));
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(new FlowAuthorizationRequestCustomizer(login));
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers(properties.getPublicPaths().toArray(String[]::new))
			.permitAll()
			.requestMatchers(LoginPageFilter.LOGIN_PATH)
			.permitAll()
			.anyRequest()
			.authenticated())
			.oauth2Login((oauth2) -> oauth2.loginPage(LoginPageFilter.LOGIN_PATH)
				.failureHandler(failureHandler)
				.clientRegistrationRepository(registrations)
				.authorizedClientRepository(authorizedClients)
				.authorizationEndpoint((endpoint) -> endpoint.authorizationRequestResolver(resolver)
					.authorizationRequestRepository(authorizationRequests))
				.tokenEndpoint((endpoint) -> endpoint.accessTokenResponseClient(codeTokenResponseClient))
				.userInfoEndpoint((endpoint) -> endpoint.oidcUserService(userService))
				// a login that could not start never reached the tenant: the error page, but no login attempt
				.withObjectPostProcessor(failingToLoginPage(toErrorPage))
				.withObjectPostProcessor(succeedingThrough(outcomes, http)))
			// the redirect URI is protected by state, and form_post arrives cross-site without a CSRF token
			.csrf((csrf) -> csrf.ignoringRequestMatchers(callback))
			.sessionManagement((sessions) -> sessions.sessionFixation((fixation) -> fixation.changeSessionId()))
			.logout((logout) -> logout.logoutSuccessHandler(new TenantLogoutSuccessHandler(tenant, registrations,
					properties.getClientId(), properties.getPostLogoutRedirectUri())))
			.addFilterBefore(new LoginPageFilter(registrations, AUTHORIZATION_REQUEST_PATH),
					OAuth2AuthorizationRequestRedirectFilter.class)
			.addFilterBefore(new FragmentRelayFilter(LoginClientRegistration.REDIRECT_PATH, FAILURE_URL),
					OAuth2LoginAuthenticationFilter.class)
			.addFilterBefore(new IssuerResponseParameterFilter(callback, tenant.issuer(), authorizationRequests,
					failureHandler), OAuth2LoginAuthenticationFilter.class);
		if (login.flow().isFrontChannel()) {
			http.with(frontChannelLogin(login, accessTokenCheck, callback, registrations, authorizationRequests,
					authorizedClients, idTokenDecoders, codeTokenResponseClient, userService, outcomes, failureHandler),
					(configurer) -> {
					});
		}
		return new UserCloudsSecurityFilterChain(http.build());
	}

	/**
	 * The hybrid and implicit callback, sharing the code flow's token client, ID-token decoders and user service, so
	 * that every flow is validated the same way.
	 */
	private static FrontChannelLoginConfigurer frontChannelLogin(LoginClientRegistration login,
			FrontChannelAccessTokenCheck accessTokenCheck, RequestMatcher callback,
			ClientRegistrationRepository registrations,
			AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			OAuth2AuthorizedClientRepository authorizedClients, JwtDecoderFactory<ClientRegistration> idTokenDecoders,
			OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeTokenResponseClient,
			OAuth2UserService<OidcUserRequest, OidcUser> userService, LoginOutcomeHandlers outcomes,
			AuthenticationFailureHandler failureHandler) {
		OidcAuthorizationCodeAuthenticationProvider codeExchange = new OidcAuthorizationCodeAuthenticationProvider(
				codeTokenResponseClient, userService);
		codeExchange.setJwtDecoderFactory(idTokenDecoders);
		LoginProperties properties = login.properties();
		FrontChannelAuthenticationProvider provider = new FrontChannelAuthenticationProvider(idTokenDecoders,
				codeExchange, userService, accessTokenCheck, properties.isRequireTokenHashes());
		return new FrontChannelLoginConfigurer(callback, registrations, authorizationRequests, authorizedClients,
				provider, outcomes, failureHandler);
	}

	/**
	 * The code flows' success handler, set on {@code oauth2Login}'s callback filter once the chain is being built:
	 * through {@code oauth2Login().successHandler(..)} it would be created before the chain shares its request cache.
	 */
	private static ObjectPostProcessor<OAuth2LoginAuthenticationFilter> succeedingThrough(
			LoginOutcomeHandlers outcomes, HttpSecurity http) {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends OAuth2LoginAuthenticationFilter> O postProcess(O filter) {
				filter.setAuthenticationSuccessHandler(outcomes.success(http));
				return filter;
			}
		};
	}

	/**
	 * An authorization request that cannot be built (tenant unreachable) ends on the login-error page, not in
	 * Spring Security's default 500.
	 */
	private static ObjectPostProcessor<OAuth2AuthorizationRequestRedirectFilter> failingToLoginPage(
			AuthenticationFailureHandler failureHandler) {
		return new ObjectPostProcessor<>() {
			@Override
			public <O extends OAuth2AuthorizationRequestRedirectFilter> O postProcess(O filter) {
				filter.setAuthenticationFailureHandler(failureHandler);
				return filter;
			}
		};
	}

}
