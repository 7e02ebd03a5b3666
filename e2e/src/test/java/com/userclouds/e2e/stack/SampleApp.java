package com.userclouds.e2e.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.userclouds.e2e.process.FreePorts;
import com.userclouds.e2e.process.ManagedProcess;

/**
 * One of the samples, run from its built jar ({@code java -jar}) on a free port with properties on the command line.
 */
public final class SampleApp implements AutoCloseable {

	// a short-lived JVM: C1 only starts faster, which matters when a 2-core machine starts one per test
	private static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx512m");

	private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);

	private final ManagedProcess process;

	private final String baseUrl;

	private SampleApp(ManagedProcess process, String baseUrl) {
		this.process = process;
		this.baseUrl = baseUrl;
	}

	/**
	 * @param host the host name the browser and the other processes use for it ({@code 127.0.0.1} or
	 * {@code localhost}: cookies are per host, and the provider's redirect must land on the same one)
	 * @param readinessPath a path that answers once the application has started
	 */
	static SampleApp start(E2eSettings settings, Path jar, String logName, String host, List<String> properties,
			String readinessPath) {
		int port = FreePorts.pick();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(JVM_OPTIONS);
		command.add("-jar");
		command.add(jar.toString());
		command.add("--server.port=" + port);
		// the log files are what explains a red run
		command.add("--logging.level.com.userclouds=DEBUG");
		command.add("--logging.level.org.springframework.security=DEBUG");
		command.addAll(properties);
		ManagedProcess process = ManagedProcess.start(logName, command, settings.workDirectory(),
				settings.logDirectory(), Map.of());
		String baseUrl = "http://" + host + ":" + port;
		process.awaitHttp("http://127.0.0.1:" + port + readinessPath, STARTUP_TIMEOUT);
		return new SampleApp(process, baseUrl);
	}

	public String baseUrl() {
		return this.baseUrl;
	}

	public String url(String path) {
		return this.baseUrl + path;
	}

	public String logTail() {
		return this.process.logTail();
	}

	@Override
	public void close() {
		this.process.close();
	}

}
