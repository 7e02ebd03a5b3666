package com.userclouds.spring.autoconfigure.login;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ResolvableType;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
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
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * Makes a filter chain log users in with the tenant, exactly as the starter's own login chain does: the configured
 * flow ({@code userclouds.login.flow}: code, PKCE, hybrid or implicit, with every response mode), the one ID-token
 * pipeline, the RFC 9207 {@code iss} check, the hybrid and implicit callback and its fragment relay page,
 * {@code /login} (503 with a page while the tenant is down), {@code /login?error} naming the OAuth 2.0 error, login
 * events and metrics, a new session id at login, and logout from the tenant. For an application that declares its
 * own {@code SecurityFilterChain} and wants to keep all of that:
 *
 * <pre class="code">
 * &#64;Bean
 * SecurityFilterChain pages(HttpSecurity http) throws Exception {
 *     http.with(UserCloudsLogin.userCloudsLogin(), Customizer.withDefaults())
 *         .authorizeHttpRequests((requests) -&gt; requests.requestMatchers("/", "/about").permitAll()
 *             .anyRequest().authenticated());
 *     return http.build();
 * }
 * </pre>
 *
 * The chain's authorization rules stay the application's ({@code /login} and the callback answer before them). Its
 * collaborators are the application context's beans, found when the chain is built.
 */
public final class UserCloudsLogin extends AbstractHttpConfigurer<UserCloudsLogin, HttpSecurity> {

	private UserCloudsLogin() {
	}

	/** A configurer for {@link HttpSecurity#with}. */
	public static UserCloudsLogin userCloudsLogin() {
		return new UserCloudsLogin();
	}

	@Override
	public void init(HttpSecurity http) {
		// other configurers can only be added or removed here, before the chain is configured
		ApplicationContext context = http.getSharedObject(ApplicationContext.class);
		LoginClientRegistration login = context.getBean(LoginClientRegistration.class);
		UserCloudsTenant tenant = context.getBean(UserCloudsTenant.class);
		FrontChannelAccessTokenCheck accessTokenCheck = context.getBean(FrontChannelAccessTokenCheck.class);
		ClientRegistrationRepository registrations = context.getBean(ClientRegistrationRepository.class);
		AuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests = bean(context,
				AuthorizationRequestRepository.class, OAuth2AuthorizationRequest.class);
		OAuth2AuthorizedClientRepository authorizedClients = context.getBean(OAuth2AuthorizedClientRepository.class);
		JwtDecoderFactory<ClientRegistration> idTokenDecoders = bean(context, JwtDecoderFactory.class,
				ClientRegistration.class);
		OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeTokenResponseClient = bean(context,
				OAuth2AccessTokenResponseClient.class, OAuth2AuthorizationCodeGrantRequest.class);
		ObjectProvider<OAuth2UserService<OidcUserRequest, OidcUser>> userServices = context
			.getBeanProvider(ResolvableType.forClassWithGenerics(OAuth2UserService.class, OidcUserRequest.class,
					OidcUser.class));
		ApplicationEventPublisher events = context;
		LoginProperties properties = login.properties();
		RequestMatcher callback = PathPatternRequestMatcher.pathPattern(LoginClientRegistration.REDIRECT_PATH);
		LoginOutcomeHandlers outcomes = new LoginOutcomeHandlers(events, login.flow(), properties.getClientId());
		SimpleUrlAuthenticationFailureHandler toErrorPage = new SimpleUrlAuthenticationFailureHandler(LoginPages.FAILURE_URL);
		AuthenticationFailureHandler failureHandler = outcomes.failure(toErrorPage);
		OAuth2UserService<OidcUserRequest, OidcUser> userService = AccessTokenHashCheckingUserService
			.around(userServices);
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
				registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(new FlowAuthorizationRequestCustomizer(login));
		http.oauth2Login((oauth2) -> oauth2.loginPage(LoginPages.LOGIN_PATH)
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
			.logout((logout) -> logout.logoutSuccessHandler(new TenantLogoutSuccessHandler(
					new TenantLogout(tenant, properties.getClientId(), properties.getPostLogoutRedirectUri()),
					registrations)))
			.addFilterBefore(new LoginPageFilter(registrations, LoginPages.AUTHORIZATION_REQUEST_PATH),
					OAuth2AuthorizationRequestRedirectFilter.class)
			.addFilterBefore(new FragmentRelayFilter(LoginClientRegistration.REDIRECT_PATH, LoginPages.FAILURE_URL),
					OAuth2LoginAuthenticationFilter.class)
			.addFilterBefore(new IssuerResponseParameterFilter(callback, tenant.issuer(), authorizationRequests,
					failureHandler), OAuth2LoginAuthenticationFilter.class);
		if (login.flow().isFrontChannel()) {
			http.with(frontChannelLogin(login, accessTokenCheck, callback, registrations, authorizationRequests,
					authorizedClients, idTokenDecoders, codeTokenResponseClient, userService, outcomes, failureHandler),
					(configurer) -> {
					});
		}
	}

	/** The one bean of a generic type, e.g. the token client of the code grant among those of other grants. */
	private static <T> T bean(ApplicationContext context, Class<?> type, Class<?>... generics) {
		return context.<T>getBeanProvider(ResolvableType.forClassWithGenerics(type, generics)).getObject();
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
		FrontChannelAuthenticationProvider provider = FrontChannelAuthenticationProvider.create(login.properties(),
				idTokenDecoders, codeTokenResponseClient, userService, accessTokenCheck);
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
