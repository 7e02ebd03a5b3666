package com.userclouds.spring.test;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.annotation.MergedAnnotations.SearchStrategy;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Starts a {@link TestTenant} for each application context of a test annotated with {@link UserCloudsTestTenant}.
 * Every annotated test gets an equal customizer, so Spring's context cache shares a context (and its tenant) between
 * test classes as it would without the annotation.
 */
class TestTenantContextCustomizerFactory implements ContextCustomizerFactory {

	@Override
	public ContextCustomizer createContextCustomizer(Class<?> testClass,
			List<ContextConfigurationAttributes> configAttributes) {
		boolean annotated = MergedAnnotations.from(testClass, SearchStrategy.TYPE_HIERARCHY)
			.isPresent(UserCloudsTestTenant.class);
		return annotated ? new TestTenantContextCustomizer() : null;
	}

	static final class TestTenantContextCustomizer implements ContextCustomizer {

		static final String BEAN_NAME = "userCloudsTestTenant";

		@Override
		public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
			TestTenant tenant = TestTenant.start();
			ConfigurableListableBeanFactory beanFactory = context.getBeanFactory();
			beanFactory.registerSingleton(BEAN_NAME, tenant);
			if (beanFactory instanceof DefaultSingletonBeanRegistry registry) {
				// a singleton registered by hand gets no destroy callback of its own
				registry.registerDisposableBean(BEAN_NAME, tenant::close);
			}
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new MapPropertySource(BEAN_NAME, Map.of("userclouds.tenant-url", tenant.issuer())));
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof TestTenantContextCustomizer;
		}

		@Override
		public int hashCode() {
			return TestTenantContextCustomizer.class.hashCode();
		}

	}

}
