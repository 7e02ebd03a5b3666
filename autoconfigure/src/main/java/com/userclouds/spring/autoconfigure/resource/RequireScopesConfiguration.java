package com.userclouds.spring.autoconfigure.resource;

import org.springframework.aop.Advisor;
import org.springframework.aop.ClassFilter;
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
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authorization.method.AuthorizationInterceptorsOrder;
import org.springframework.security.authorization.method.AuthorizationManagerBeforeMethodInterceptor;
import org.springframework.stereotype.Controller;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.handler.MappedInterceptor;

/**
 * Enforces {@link RequireScopes} on the servlet stack: on Spring MVC controllers with a handler interceptor that reads
 * each handler method's requirement once ({@link RequireScopesHandlerInterceptor}), and on any other bean with Spring
 * Security's method-authorization interceptor, like {@code @PreAuthorize}. The advisor is an infrastructure bean, so
 * the auto-proxy creator that method security registers (the starter enables method security unless the application
 * did) applies it; it leaves controllers alone, so that they need no proxy for it.
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
			.union(new AnnotationMatchingPointcut(null, RequireScopes.class, true))
			.intersection((ClassFilter) (type) -> !AnnotatedElementUtils.hasAnnotation(type, Controller.class));
		AuthorizationManagerBeforeMethodInterceptor interceptor = new AuthorizationManagerBeforeMethodInterceptor(
				annotated, new RequireScopesAuthorizationManager());
		interceptor.setOrder(AuthorizationInterceptorsOrder.PRE_AUTHORIZE.getOrder());
		return interceptor;
	}

	/** Every handler mapping of Spring MVC picks up a {@link MappedInterceptor} bean by itself. */
	@Bean
	@ConditionalOnClass(HandlerInterceptor.class)
	@ConditionalOnMissingBean(name = "requireScopesHandlerInterceptor")
	MappedInterceptor requireScopesHandlerInterceptor() {
		return new MappedInterceptor(null, new RequireScopesHandlerInterceptor());
	}

}
