package com.userclouds.spring.localtenant.server;

import java.util.List;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtTypeValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import com.userclouds.spring.localtenant.server.authorize.AuthorizationErrorWriter;
import com.userclouds.spring.localtenant.server.authorize.AuthorizationResponseWriter;
import com.userclouds.spring.localtenant.server.authorize.ResponseTypeAuthenticationProvider;
import com.userclouds.spring.localtenant.server.authorize.ResponseTypeRequestConverter;

/**
 * Spring Authorization Server on UserClouds' paths, issuing UserClouds-shaped tokens, with hybrid and implicit
 * responses added to its authorization endpoint.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	static final String AUTHORIZATION_ENDPOINT = "/oidc/authorize";

	@Bean
	@Order(1)
	SecurityFilterChain authorizationServerFilterChain(HttpSecurity http, LocalTenantSettings settings,
			RegisteredClientRepository clients, OAuth2AuthorizationService authorizations,
			OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
		boolean standardShape = settings.properties().isStandardShape();
		OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
		http.securityMatcher(authorizationServer.getEndpointsMatcher())
			.with(authorizationServer, (server) -> server
				.authorizationEndpoint((endpoint) -> endpoint
					.authorizationRequestConverter(new ResponseTypeRequestConverter())
					.authenticationProviders((providers) -> addResponseTypes(providers, clients, authorizations,
							tokenGenerator))
					.authorizationResponseHandler(new AuthorizationResponseWriter(standardShape))
					.errorResponseHandler(new AuthorizationErrorWriter()))
				.tokenEndpoint((endpoint) -> endpoint.accessTokenResponseHandler(new TokenResponseShape(standardShape)))
				.oidc((oidc) -> oidc.providerConfigurationEndpoint((discovery) -> discovery
					.providerConfigurationCustomizer((metadata) -> metadata
						.responseTypes((types) -> {
							types.clear();
							types.addAll(List.of("code", "code id_token", "code token", "code id_token token",
									"id_token", "id_token token"));
						})
						.claim("response_modes_supported", List.of("query", "fragment", "form_post"))
						.claim(LocalTenantServer.DISCOVERY_MARKER, true)
						// logout is UserClouds' GET /logout, not RP-initiated logout
						.claims((claims) -> claims.remove("end_session_endpoint"))))))
			.authorizeHttpRequests((authorize) -> authorize.anyRequest().authenticated())
			.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(
					new LoginUrlAuthenticationEntryPoint("/login"),
					PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, AUTHORIZATION_ENDPOINT)));
		return http.build();
	}

	private static void addResponseTypes(List<AuthenticationProvider> providers,
			RegisteredClientRepository clients, OAuth2AuthorizationService authorizations,
			OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
		OAuth2AuthorizationCodeRequestAuthenticationProvider codeRequests = providers.stream()
			.filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
			.map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("Spring Authorization Server has no code request provider"));
		codeRequests.setAuthenticationValidator(LoopbackRedirectUris.authorizationRequestValidator());
		providers.add(0, new ResponseTypeAuthenticationProvider(codeRequests, clients, authorizations, tokenGenerator));
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings(LocalTenantSettings settings) {
		return AuthorizationServerSettings.builder()
			.issuer(settings.issuer())
			.authorizationEndpoint(AUTHORIZATION_ENDPOINT)
			.tokenEndpoint("/oidc/token")
			.oidcUserInfoEndpoint("/oidc/userinfo")
			.jwkSetEndpoint("/.well-known/jwks.json")
			.build();
	}

	@Bean
	RegisteredClientRepository registeredClientRepository(LocalTenantSettings settings) {
		return DevClients.of(settings.properties());
	}

	@Bean
	OAuth2AuthorizationService authorizationService() {
		return new InMemoryOAuth2AuthorizationService();
	}

	@Bean
	OAuth2AuthorizationConsentService authorizationConsentService() {
		return new InMemoryOAuth2AuthorizationConsentService();
	}

	@Bean
	JWKSource<SecurityContext> jwkSource(LocalTenantSettings settings) {
		return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(settings.properties().getKeyFile())));
	}

	@Bean
	OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource, DevUsers users,
			LocalTenantSettings settings) {
		JwtGenerator jwtGenerator = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
		jwtGenerator.setJwtCustomizer(new UserCloudsTokenShape(users, settings.properties().getTokenLifetime(),
				settings.properties().isStandardShape()));
		return new DelegatingOAuth2TokenGenerator(jwtGenerator, new OAuth2RefreshTokenGenerator());
	}

	/**
	 * Verifies access tokens presented to UserInfo; accepts {@code typ: at+jwt}, which standard-shape tokens carry
	 * (Spring Security's default validators accept only {@code JWT}).
	 */
	@Bean
	JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, LocalTenantSettings settings) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource)
			.jwtProcessorCustomizer((processor) -> processor.setJWSTypeVerifier(
					new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null)))
			.build();
		JwtTypeValidator types = new JwtTypeValidator("JWT", "at+jwt");
		types.setAllowEmpty(true);
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
				new JwtIssuerValidator(settings.issuer()), types));
		return decoder;
	}

}
