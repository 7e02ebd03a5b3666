package com.userclouds.spring.autoconfigure.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import reactor.blockhound.BlockHound;
import reactor.blockhound.BlockingOperationError;

/**
 * BlockHound, installed once per test JVM: a blocking call (I/O, sleep, lock wait) on a thread Reactor marks as
 * non-blocking (Reactor Netty's event loops, {@code Schedulers.parallel()}) fails where it happens and is remembered
 * here, so a test can assert that there was none even when the failure was swallowed by the server and surfaced as an
 * odd status code. Threads of other kinds (Tomcat's, the test's, {@code boundedElastic}) are not watched, so servlet
 * tests in the same JVM are unaffected. Tests install BlockHound only through {@link #watch()}: BlockHound keeps the
 * first installation of a JVM, and one without this class's callback would leave {@link #takeSeen()} empty.
 */
public final class EventLoopBlockingCalls {

	private static final List<String> seen = new CopyOnWriteArrayList<>();

	static {
		BlockHound.install((builder) -> builder
			// logging may wait on its appender's lock: not the application's I/O, and not what the tests look for
			.allowBlockingCallsInside("ch.qos.logback.core.OutputStreamAppender", "writeBytes")
			.allowBlockingCallsInside("ch.qos.logback.classic.Logger", "callAppenders")
			// SecureRandom reads /dev/urandom through a FileInputStream, which never waits once the kernel's pool is
			// seeded; Spring Security draws login state, nonce and PKCE verifier from it on the event loop
			.allowBlockingCallsInside("sun.security.provider.NativePRNG$RandomIO", "implNextBytes")
			.blockingMethodCallback((method) -> {
				seen.add(method + " on " + Thread.currentThread().getName());
				throw new BlockingOperationError(method);
			}));
	}

	private EventLoopBlockingCalls() {
	}

	/** Makes sure BlockHound is installed. */
	public static void watch() {
		// the static initializer does it
	}

	/** The blocking calls seen on non-blocking threads since the last call, which forgets them. */
	public static List<String> takeSeen() {
		List<String> taken = List.copyOf(seen);
		seen.removeAll(taken);
		return taken;
	}

}
