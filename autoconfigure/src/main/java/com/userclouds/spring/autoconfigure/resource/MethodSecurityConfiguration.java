package com.userclouds.spring.autoconfigure.resource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Enables Spring Security's method security, so that {@code @PreAuthorize("hasAuthority('SCOPE_x')")} works out of
 * the box, unless the application enables it itself (with its own settings).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(EnableMethodSecurity.class)
@ConditionalOnMissingBean(annotation = EnableMethodSecurity.class)
@EnableMethodSecurity
class MethodSecurityConfiguration {

}
