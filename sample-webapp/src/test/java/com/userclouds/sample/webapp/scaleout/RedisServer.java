package com.userclouds.sample.webapp.scaleout;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Redis server ({@code redis-server}, installed by {@code run-tests.sh}) on a free loopback port, with no
 * persistence, working in the given directory; {@link #close()} stops this process by its handle and nothing else.
 */
public final class RedisServer implements AutoCloseable {

	private static final long STARTUP_TIMEOUT_MILLIS = 30_000;

	private final Process process;

	private final Path directory;

	private final int port;

	private RedisServer(Process process, Path directory, int port) {
		this.process = process;
		this.directory = directory;
		this.port = port;
	}

	public static RedisServer start(Path directory) throws IOException {
		String executable = executable();
		int port = freeLoopbackPort();
		Process process = new ProcessBuilder(executable, "--port", String.valueOf(port), "--bind", "127.0.0.1",
				"--save", "", "--appendonly", "no", "--dir", directory.toString())
			.redirectErrorStream(true)
			.redirectOutput(directory.resolve("redis.log").toFile())
			.start();
		RedisServer server = new RedisServer(process, directory, port);
		try {
			server.awaitPong();
			return server;
		}
		catch (RuntimeException ex) {
			server.close();
			throw ex;
		}
	}

	public int port() {
		return this.port;
	}

	private static String executable() {
		String path = System.getenv().getOrDefault("PATH", "");
		return Stream.concat(Stream.of(path.split(File.pathSeparator)), Stream.of("/usr/bin", "/usr/local/bin"))
			.map((directory) -> Path.of(directory, "redis-server"))
			.filter(Files::isExecutable)
			.findFirst()
			.map(Path::toString)
			.orElseThrow(() -> new IllegalStateException(
					"redis-server is not installed: ./run-tests.sh installs it, or apt-get install -y redis-server"));
	}

	private static int freeLoopbackPort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	private void awaitPong() {
		long deadline = System.currentTimeMillis() + STARTUP_TIMEOUT_MILLIS;
		while (true) {
			if (!this.process.isAlive()) {
				throw new IllegalStateException("redis-server exited: " + log());
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), this.port), 1000);
				socket.setSoTimeout(5000);
				OutputStream out = socket.getOutputStream();
				out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
				out.flush();
				InputStream in = socket.getInputStream();
				byte[] answer = in.readNBytes(7);
				if (new String(answer, StandardCharsets.US_ASCII).equals("+PONG\r\n")) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			if (System.currentTimeMillis() > deadline) {
				throw new IllegalStateException("redis-server did not answer on port " + this.port + ": " + log());
			}
			sleep(100);
		}
	}

	private String log() {
		try {
			return Files.readString(this.directory.resolve("redis.log"));
		}
		catch (IOException ex) {
			return "(no log)";
		}
	}

	@Override
	public void close() {
		this.process.destroy();
		try {
			if (!this.process.waitFor(10, TimeUnit.SECONDS)) {
				this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			this.process.destroyForcibly();
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
