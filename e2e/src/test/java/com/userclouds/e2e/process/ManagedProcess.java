package com.userclouds.e2e.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A process the suite started: its output goes to a log file under {@code target/e2e-logs}, it counts as ready once
 * an HTTP URL answers, and {@link #close()} stops it (and its children) by pid. Every instance is also registered
 * with {@link StartedProcesses}, whose shutdown hook stops what a crashed or interrupted run left behind.
 */
public final class ManagedProcess implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(15);

	private static final HttpClient http = HttpClient.newBuilder()
		.connectTimeout(Duration.ofSeconds(2))
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private final String name;

	private final Process process;

	private final Path log;

	private ManagedProcess(String name, Process process, Path log) {
		this.name = name;
		this.process = process;
		this.log = log;
	}

	/**
	 * Starts {@code command} in {@code workingDirectory}, output appended to {@code logDirectory/<name>.log}.
	 */
	public static ManagedProcess start(String name, List<String> command, Path workingDirectory, Path logDirectory,
			Map<String, String> environment) {
		try {
			Files.createDirectories(logDirectory);
			Path log = logDirectory.resolve(name + ".log");
			Files.writeString(log, "$ " + String.join(" ", command) + System.lineSeparator());
			ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile())
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			ManagedProcess started = new ManagedProcess(name, builder.start(), log);
			StartedProcesses.register(started);
			return started;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name + ": " + command, ex);
		}
	}

	/**
	 * Waits until {@code url} answers with any HTTP status; fails with the log's tail if the process exits first or
	 * the time runs out (the process is then stopped).
	 */
	public ManagedProcess awaitHttp(String url, Duration timeout) {
		Instant deadline = Instant.now().plus(timeout);
		HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).GET().build();
		while (Instant.now().isBefore(deadline)) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException(this.name + " exited with " + this.process.exitValue()
						+ " before " + url + " answered. Log " + this.log + ":\n" + logTail());
			}
			try {
				http.send(request, HttpResponse.BodyHandlers.discarding());
				return this;
			}
			catch (IOException ex) {
				sleep(Duration.ofMillis(250));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				close();
				throw new IllegalStateException("Interrupted while waiting for " + this.name, ex);
			}
		}
		close();
		throw new IllegalStateException(this.name + " did not answer at " + url + " within " + timeout + ". Log "
				+ this.log + ":\n" + logTail());
	}

	public String name() {
		return this.name;
	}

	public long pid() {
		return this.process.pid();
	}

	public Path log() {
		return this.log;
	}

	public String logTail() {
		try {
			List<String> lines = Files.readAllLines(this.log);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(log unreadable: " + ex.getMessage() + ")";
		}
	}

	/**
	 * Stops the process by its pid: children first, then a graceful stop, forced after a grace period.
	 */
	@Override
	public void close() {
		ProcessHandle handle = this.process.toHandle();
		List<ProcessHandle> children = handle.descendants().toList();
		handle.destroy();
		try {
			if (!this.process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
				handle.destroyForcibly();
				this.process.waitFor(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
			}
		}
		catch (InterruptedException ex) {
			handle.destroyForcibly();
			Thread.currentThread().interrupt();
		}
		children.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		StartedProcesses.unregister(this);
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
