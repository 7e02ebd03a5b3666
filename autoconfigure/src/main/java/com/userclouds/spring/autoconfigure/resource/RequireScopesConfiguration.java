package com.userclouds.spring.autoconfigure.resource;

import org.springframework.aop.Advisor;
import org.springframework.aop.Pointcut;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;

/**
 * Enforces {@link RequireScopes} on the servlet stack with Spring Security's method-authorization interceptor, like
 * {@code @PreAuthorize}. The advisor is an infrastructure bean, so the auto-proxy creator that method security
 * registers (the starter enables method security unless the application did) applies it to controllers.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(AuthorizationManagerBeforeMethodInterceptor.class)
class RequireScopesConfiguration {

	@Bean
	@Role(BeanDefinition.ROLE_INFRASTRUCTURE)
	@ConditionalOnMissingBean(name = "requireScopesAuthorizationAdvisor")
	static Advisor requireScopesAuthorizationAdvisor() {
		Pointcut annotated = new ComposablePointcut(new AnnotationMatchingPointcut(RequireScopes.class, true))
			.union(new AnnotationMatchingPointcut(null, RequireScopes.class, true));
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
				annotated, new RequireScopesAuthorizationManager());
		interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
		return interceptor;
	}

}
