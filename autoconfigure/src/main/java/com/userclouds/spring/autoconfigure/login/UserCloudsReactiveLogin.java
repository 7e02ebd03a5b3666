package com.userclouds.spring.autoconfigure.login;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import reactor.core.publisher.Mono;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.authentication.ReactiveAuthenticationManagerAdapter;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.OAuth2AuthorizationRequestRedirectWebFilter;
import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.HttpStatusServerEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;
import org.springframework.security.web.server.authentication.ServerAuthenticationSuccessHandler;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CsrfWebFilter;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.security.web.server.savedrequest.WebSessionServerRequestCache;
import org.springframework.security.web.server.util.matcher.AndServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.WebFilter;

import com.userclouds.spring.autoconfigure.tenant.TenantUnavailableException;

/**
 * The reactive counterpart of {@link UserCloudsLogin}: makes a {@code SecurityWebFilterChain} log users in with the
 * tenant exactly as the starter's own reactive login chain does (the configured flow with every response mode, the
 * servlet stack's ID-token and response checks, {@code /login} with its 503 and error pages, login events and metrics,
 * a new session id at login, logout from the tenant). {@link ServerHttpSecurity} has no configurer API, so this is a
 * {@link Customizer} bean, built by the starter from its collaborators, for an application's own chain to apply:
 *
 * <pre class="code">
 * &#64;Bean
 * SecurityWebFilterChain pages(ServerHttpSecurity http, UserCloudsReactiveLogin userClouds) {
 *     http.authorizeExchange((exchanges) -&gt; exchanges.pathMatchers("/", "/about").permitAll()
 *         .anyExchange().authenticated());
 *     userClouds.customize(http);
 *     return http.build();
 * }
 * </pre>
 *
 * The chain's authorization rules stay the application's ({@code /login} and the callback answer before them). Login
 * state (the authorization request, the logged-in user, the authorized client) lives in the {@code WebSession}, so
 * Spring Session carries logins across instances.
 * <p>
 * Checking an authorization response means blocking I/O at times (the code exchange, the user info, the tenant's
 * keys), done by the servlet stack's own classes: it runs on Reactor's bounded-elastic scheduler, never on an event
 * loop.
 */
public final class UserCloudsReactiveLogin implements Customizer<ServerHttpSecurity> {

	private static final Log logger = LogFactory.getLog(UserCloudsReactiveLogin.class);

	private final LoginClientRegistration login;

	private final String issuer;

	private final ReactiveClientRegistrationRepository registrations;

	private final ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests;

	private final ServerOAuth2AuthorizedClientRepository authorizedClients;

	private final FrontChannelAuthenticationProvider responseChecks;

	private final TenantLogout tenantLogout;

	private final LoginOutcomes outcomes;

	UserCloudsReactiveLogin(LoginClientRegistration login, String issuer,
			ReactiveClientRegistrationRepository registrations,
			ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> authorizationRequests,
			ServerOAuth2AuthorizedClientRepository authorizedClients, FrontChannelAuthenticationProvider responseChecks,
			TenantLogout tenantLogout, ApplicationEventPublisher events) {
		this.login = login;
		this.issuer = issuer;
		this.registrations = registrations;
		this.authorizationRequests = authorizationRequests;
		this.authorizedClients = authorizedClients;
		this.responseChecks = responseChecks;
		this.tenantLogout = tenantLogout;
		this.outcomes = new LoginOutcomes(events, login.flow(), login.properties().getClientId());
	}

	@Override
	public void customize(ServerHttpSecurity http) {
		ServerRequestCache requestCache = new WebSessionServerRequestCache();
		ServerSecurityContextRepository contexts = new WebSessionServerSecurityContextRepository();
		ServerAuthenticationFailureHandler toErrorPage = toErrorPage();
		ServerWebExchangeMatcher callback = ServerWebExchangeMatchers
			.pathMatchers(LoginClientRegistration.REDIRECT_PATH);
		http.requestCache((cache) -> cache.requestCache(requestCache))
			.securityContextRepository(contexts)
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(toLoginPage(requestCache)))
			// the redirect URI is protected by state, and form_post arrives cross-site without a CSRF token
			.csrf((csrf) -> csrf.requireCsrfProtectionMatcher(
					new AndServerWebExchangeMatcher(CsrfWebFilter.DEFAULT_CSRF_MATCHER,
							new NegatedServerWebExchangeMatcher(callback))))
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.logout((logout) -> logout.logoutHandler(UserCloudsReactiveLogin::endSession)
				.logoutSuccessHandler(new ReactiveTenantLogoutSuccessHandler(this.tenantLogout, this.registrations)))
			.addFilterAt(new ReactiveLoginPagesWebFilter(this.registrations, LoginPages.AUTHORIZATION_REQUEST_PATH,
					LoginClientRegistration.REDIRECT_PATH), SecurityWebFiltersOrder.LOGIN_PAGE_GENERATING)
			.addFilterAt(authorizationRequestRedirect(requestCache, toErrorPage), SecurityWebFiltersOrder.HTTP_BASIC)
			.addFilterAt(callback(callback, contexts, requestCache, toErrorPage), SecurityWebFiltersOrder.AUTHENTICATION);
	}

	/**
	 * Spring Security's redirect to the authorization endpoint, with the configured flow's request
	 * ({@link FlowAuthorizationRequestCustomizer}). A request that cannot be built because the tenant is unreachable
	 * ends on the login-error page, not in an error status; it never reached the tenant, so it is no login attempt.
	 */
	private WebFilter authorizationRequestRedirect(ServerRequestCache requestCache,
			ServerAuthenticationFailureHandler toErrorPage) {
		DefaultServerOAuth2AuthorizationRequestResolver resolver = new DefaultServerOAuth2AuthorizationRequestResolver(
				this.registrations);
		resolver.setAuthorizationRequestCustomizer(new FlowAuthorizationRequestCustomizer(this.login));
		OAuth2AuthorizationRequestRedirectWebFilter redirect = new OAuth2AuthorizationRequestRedirectWebFilter(
				resolver);
		redirect.setAuthorizationRequestRepository(this.authorizationRequests);
		redirect.setRequestCache(requestCache);
		ServerWebExchangeMatcher authorizationRequests = ServerWebExchangeMatchers
			.pathMatchers(DefaultServerOAuth2AuthorizationRequestResolver.DEFAULT_AUTHORIZATION_REQUEST_PATTERN);
		// only the redirect's own failure: the rest of the chain, the application's handlers included, answers for
		// its own errors
		return (exchange, chain) -> authorizationRequests.matches(exchange)
			.flatMap((match) -> match.isMatch() ? redirect.filter(exchange, chain)
				.onErrorResume(TenantUnavailableException.class,
						(ex) -> toErrorPage.onAuthenticationFailure(new WebFilterExchange(exchange, chain),
								LoginError.of("temporarily_unavailable", "The login service cannot be reached")))
					: redirect.filter(exchange, chain));
	}

	private AuthorizationResponseWebFilter callback(ServerWebExchangeMatcher callback,
			ServerSecurityContextRepository contexts, ServerRequestCache requestCache,
			ServerAuthenticationFailureHandler toErrorPage) {
		AuthorizationResponseWebFilter filter = new AuthorizationResponseWebFilter(responseChecks(),
				this.authorizedClients);
		filter.setRequiresAuthenticationMatcher(AuthorizationResponseWebFilter.responses(callback));
		filter.setServerAuthenticationConverter(
				new ReactiveAuthorizationResponseConverter(this.authorizationRequests, this.registrations, this.issuer));
		filter.setSecurityContextRepository(contexts);
		filter.setAuthenticationSuccessHandler(succeeding(requestCache));
		filter.setAuthenticationFailureHandler(failing(toErrorPage));
		return filter;
	}

	/**
	 * The servlet stack's checks, off the event loop. A failure that is no authentication failure (a bug, or an
	 * unexpected answer of the tenant) still ends the login on the error page, not in a 500.
	 */
	private ReactiveAuthenticationManager responseChecks() {
		ReactiveAuthenticationManagerAdapter blocking = new ReactiveAuthenticationManagerAdapter(
				new ProviderManager(this.responseChecks));
		return (response) -> blocking.authenticate(response)
			.onErrorMap(TenantUnavailableException.class,
					(ex) -> LoginError.of("temporarily_unavailable", "The login service cannot be reached"))
			.onErrorMap((ex) -> !(ex instanceof AuthenticationException), (ex) -> {
				logger.warn("Login failed unexpectedly", ex);
				return LoginError.of("server_error", "The login could not be completed");
			});
	}

	/**
	 * The outcome is reported before the answer completes, so whoever sees the answer sees the count too.
	 */
	private ServerAuthenticationSuccessHandler succeeding(ServerRequestCache requestCache) {
		RedirectServerAuthenticationSuccessHandler savedRequest = new RedirectServerAuthenticationSuccessHandler();
		savedRequest.setRequestCache(requestCache);
		return (exchange, authentication) -> savedRequest.onAuthenticationSuccess(exchange, authentication)
			.doOnTerminate(this.outcomes::succeeded);
	}

	private ServerAuthenticationFailureHandler failing(ServerAuthenticationFailureHandler toErrorPage) {
		return (exchange, exception) -> toErrorPage.onAuthenticationFailure(exchange, exception)
			.doOnTerminate(() -> this.outcomes.failed(exception));
	}

	/**
	 * Ends the local session: everything in it goes (the user, the tokens, a login in progress) and its id with it,
	 * so the old id opens nothing anywhere. Cleared and given a new id rather than invalidated: the logout itself
	 * writes to the session afterwards (Spring Security's CSRF logout handler), which Spring Session's reactive Redis
	 * store refuses for an invalidated session with an error (spring-session#1523).
	 */
	private static Mono<Void> endSession(WebFilterExchange exchange, Authentication authentication) {
		return exchange.getExchange().getSession().flatMap((session) -> {
			session.getAttributes().clear();
			return session.changeSessionId();
		});
	}

	/**
	 * {@code /login?error}, keeping the failure in the session for the page to name, as Spring Security's servlet
	 * failure handler does.
	 */
	private static ServerAuthenticationFailureHandler toErrorPage() {
		RedirectServerAuthenticationFailureHandler redirect = new RedirectServerAuthenticationFailureHandler(
				LoginPages.FAILURE_URL);
		return (exchange, exception) -> exchange.getExchange()
			.getSession()
			.doOnNext((session) -> session.getAttributes().put(WebAttributes.AUTHENTICATION_EXCEPTION, exception))
			.then(redirect.onAuthenticationFailure(exchange, exception));
	}

	/**
	 * Pages go to {@code /login} (remembering the page asked for); script requests get 401, as a redirect to the
	 * tenant is of no use to them.
	 */
	private static DelegatingServerAuthenticationEntryPoint toLoginPage(ServerRequestCache requestCache) {
		RedirectServerAuthenticationEntryPoint loginPage = new RedirectServerAuthenticationEntryPoint(
				LoginPages.LOGIN_PATH);
		loginPage.setRequestCache(requestCache);
		ServerWebExchangeMatcher scripts = (exchange) -> exchange.getRequest()
			.getHeaders()
			.getOrEmpty("X-Requested-With")
			.contains("XMLHttpRequest") ? ServerWebExchangeMatcher.MatchResult.match()
					: ServerWebExchangeMatcher.MatchResult.notMatch();
		DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
				new DelegateEntry(scripts, new HttpStatusServerEntryPoint(HttpStatus.UNAUTHORIZED)));
		entryPoint.setDefaultEntryPoint(loginPage);
		return entryPoint;
	}

}
