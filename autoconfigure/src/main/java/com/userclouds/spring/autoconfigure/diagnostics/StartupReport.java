package com.userclouds.spring.autoconfigure.diagnostics;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;

import com.userclouds.spring.autoconfigure.UserCloudsProperties;
import com.userclouds.spring.autoconfigure.login.LoginProperties;
import com.userclouds.spring.autoconfigure.m2m.M2mProperties;
import com.userclouds.spring.autoconfigure.resource.ResourceServerProperties;
import com.userclouds.spring.autoconfigure.tenant.UserCloudsTenant;

/**
 * Logs, once the beans are created, one INFO block with what the starter activated: the tenant, endpoint overrides,
 * the resource server's paths and audiences, the login flow and client id, the M2M clients' names, and the health and
 * metrics parts. A capability appears when its properties bean exists, i.e. when its auto-configuration ran. Never
 * secrets: client secrets are only said to be set or not.
 */
final class StartupReport implements SmartInitializingSingleton {

	private static final Log logger = LogFactory.getLog(StartupReport.class);

	private final UserCloudsTenant tenant;

	private final UserCloudsProperties properties;

	private final ObjectProvider<ResourceServerProperties> resourceServer;

	private final ObjectProvider<LoginProperties> login;

	private final ObjectProvider<M2mProperties> m2m;

	private final List<String> extras;

	StartupReport(UserCloudsTenant tenant, UserCloudsProperties properties,
			ObjectProvider<ResourceServerProperties> resourceServer, ObjectProvider<LoginProperties> login,
			ObjectProvider<M2mProperties> m2m, List<String> extras) {
		this.tenant = tenant;
		this.properties = properties;
		this.resourceServer = resourceServer;
		this.login = login;
		this.m2m = m2m;
		this.extras = extras;
	}

	@Override
	public void afterSingletonsInstantiated() {
		if (logger.isInfoEnabled()) {
			logger.info(report());
		}
	}

	String report() {
		List<String> lines = new ArrayList<>();
		lines.add("UserClouds starter:");
		lines.add("  tenant: " + this.tenant.issuer() + " (discovery and keys are read on first use)");
		UserCloudsProperties.Endpoints endpoints = this.properties.getEndpoints();
		addIfSet(lines, "endpoints.authorization", endpoints.getAuthorization());
		addIfSet(lines, "endpoints.token", endpoints.getToken());
		addIfSet(lines, "endpoints.userinfo", endpoints.getUserinfo());
		addIfSet(lines, "endpoints.jwks", endpoints.getJwks());
		addIfSet(lines, "endpoints.logout", endpoints.getLogout());
		ResourceServerProperties resource = this.resourceServer.getIfAvailable();
		lines.add("  resource server: " + ((resource == null || !resource.isEnabled()) ? "off"
				: "paths " + resource.getPaths() + ", audiences "
						+ (resource.getAudiences().isEmpty() ? "[" + this.tenant.issuer() + "]" : resource.getAudiences())
						+ (resource.isAcceptIdTokens() ? ", ID tokens accepted" : "")));
		LoginProperties loginProperties = this.login.getIfAvailable();
		lines.add("  login: " + ((loginProperties == null) ? "off"
				: "flow " + loginProperties.getFlow() + ", response type "
						+ ((loginProperties.getResponseType() != null) ? loginProperties.getResponseType()
								: loginProperties.getFlow().responseTypes().get(0))
						+ ", client id " + loginProperties.getClientId() + ", client secret "
						+ ((loginProperties.getClientSecret() != null) ? "set" : "not set (public client)")));
		M2mProperties m2mProperties = this.m2m.getIfAvailable();
		lines.add("  machine-to-machine clients: " + ((m2mProperties == null || m2mProperties.getClients().isEmpty())
				? "none" : m2mProperties.getClients().keySet()));
		lines.add("  JWKS cache: " + this.properties.getDiscovery().getJwksCacheTtl() + ", outage tolerance "
				+ this.properties.getDiscovery().getJwksOutageTolerance());
		this.extras.forEach((extra) -> lines.add("  " + extra));
		return String.join(System.lineSeparator(), lines);
	}

	private static void addIfSet(List<String> lines, String property, Object value) {
		if (value != null) {
			lines.add("  " + property + ": " + value + " (configured, replaces discovery)");
		}
	}

}
