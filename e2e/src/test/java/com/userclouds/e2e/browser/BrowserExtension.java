package com.userclouds.e2e.browser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import com.userclouds.e2e.stack.E2eSettings;

/**
 * Gives a test method a fresh headless {@link Browser}; when the test fails, saves a screenshot and the page source
 * as {@code target/e2e-failures/<TestClass>.<method>.png / .html} before the browser is closed.
 */
public final class BrowserExtension implements ParameterResolver, AfterTestExecutionCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
		.create(BrowserExtension.class);

	private static final AtomicInteger profiles = new AtomicInteger();

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		E2eSettings settings = E2eSettings.current();
		String name = testName(context);
		// closed by JUnit when the method's context ends, after afterTestExecution has saved the artifacts
		return context.getStore(NAMESPACE)
			.computeIfAbsent(Browser.class,
					(key) -> Browser.start(settings.chromium(), settings.chromedriver(),
							settings.workDirectory().resolve("e2e-profiles/" + profiles.incrementAndGet()),
							settings.logDirectory().resolve("chromedriver-" + name + ".log")),
					Browser.class);
	}

	@Override
	public void afterTestExecution(ExtensionContext context) throws IOException {
		Browser browser = context.getStore(NAMESPACE).get(Browser.class, Browser.class);
		if (browser != null && context.getExecutionException().isPresent()) {
			Path directory = E2eSettings.current().failureDirectory();
			browser.saveArtifacts(directory, testName(context));
		}
	}

	private static String testName(ExtensionContext context) {
		return context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
	}

}
