package com.userclouds.spring.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.test.context.TestPropertySource;

/**
 * Gives a Spring test's application context its own {@link TestTenant}: started before the context, pointed to by
 * {@code userclouds.tenant-url}, available as a bean ({@code @Autowired TestTenant tenant}), and stopped when the
 * context closes. Tokens from {@link TestTenant#accessToken()} then go through the application's real decoder.
 *
 * <p>
 * The local tenant ({@code userclouds-local-tenant}) is switched off: it decides before test customizations apply,
 * and the test tenant replaces it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@TestPropertySource(properties = "userclouds.local-tenant.enabled=false")
public @interface UserCloudsTestTenant {

}
