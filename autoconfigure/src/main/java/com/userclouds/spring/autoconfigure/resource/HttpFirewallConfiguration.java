package com.userclouds.spring.autoconfigure.resource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.WebSecurity;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Spring Security's default {@link StrictHttpFirewall} with header checks that accept the same headers faster (see
 * {@link PrintableAsciiFirstHeaderCheck}). {@link WebSecurity} uses an {@link HttpFirewall} bean when there is one;
 * an application that declares its own keeps it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(WebSecurity.class)
class HttpFirewallConfiguration {

	@Bean
	@ConditionalOnMissingBean(HttpFirewall.class)
	StrictHttpFirewall userCloudsHttpFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHeaderNames(PrintableAsciiFirstHeaderCheck.names(StrictHttpFirewall.ALLOWED_HEADER_NAMES));
		firewall.setAllowedHeaderValues(PrintableAsciiFirstHeaderCheck.values(StrictHttpFirewall.ALLOWED_HEADER_VALUES));
		return firewall;
	}

}
