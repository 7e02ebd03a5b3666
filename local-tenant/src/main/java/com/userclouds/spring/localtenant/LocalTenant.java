package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import com.userclouds.spring.localtenant.server.LocalTenantServer;
import com.userclouds.spring.localtenant.server.LocalTenantSettings;
import com.userclouds.spring.localtenant.server.OwnershipProof;

/**
 * A local tenant this application uses: one it started (and stops), or one another application of the same user
 * started and it reuses.
 */
final class LocalTenant implements AutoCloseable {

	private static final String PORT_PROPERTY = LocalTenantProperties.PREFIX + ".port";

	private static final String SPRING_BOOT_PACKAGE = "org.springframework.boot.";

	/**
	 * How long a second application waits for the tenant that won the race for the port to write its secret.
	 */
	private static final Duration PROOF_WAIT = Duration.ofSeconds(10);

	private final int port;

	private final ConfigurableApplicationContext context;

	private final Path ownershipFile;

	private final OwnershipProof ownership;

	private LocalTenant(int port, ConfigurableApplicationContext context, Path ownershipFile,
			OwnershipProof ownership) {
		this.port = port;
		this.context = context;
		this.ownershipFile = ownershipFile;
		this.ownership = ownership;
	}

	private static LocalTenant reused(int port) {
		return new LocalTenant(port, null, null, null);
	}

	/**
	 * The issuer of a local tenant on this port. {@code localhost}, not the bind address, because that is what a
	 * browser and the application both reach, and what the application is given as {@code userclouds.tenant-url}.
	 */
	static String issuerFor(int port) {
		return "http://localhost:" + port;
	}

	/**
	 * Reuses the local tenant this user started on the configured port, or starts one there.
	 * @throws LocalTenantException when the address is not loopback or the port is taken by something else,
	 * including a local tenant that cannot prove this user started it
	 */
	static LocalTenant startOrReuse(LocalTenantProperties properties) {
		InetAddress address = LoopbackAddress.resolve(properties.getAddress());
		int port = properties.getPort();
		if (port < 0 || port > 65535) {
			throw new LocalTenantException("port " + port + " is not a TCP port", PORT_PROPERTY,
					"Use a port between 1 and 65535, or 0 for a random one", null);
		}
		if (port == 0) {
			// a random port is never reused, so its secret is never written
			return start(properties, address, freePort(address), null);
		}
		Path ownershipFile = OwnershipFile.of(properties, port);
		LocalTenantProbe.Answer answer = LocalTenantProbe.ask(address, port, ownershipFile);
		if (answer == LocalTenantProbe.Answer.LOCAL_TENANT) {
			return reused(port);
		}
		if (answer != LocalTenantProbe.Answer.NOTHING) {
			throw portTaken(port, answer, ownershipFile, null);
		}
		try {
			return start(properties, address, port, ownershipFile);
		}
		catch (RuntimeException ex) {
			if (!causedByPortInUse(ex)) {
				throw ex;
			}
			// another application started one between the probe and the bind; it writes its secret once bound
			LocalTenantProbe.Answer winner = awaitProof(address, port, ownershipFile);
			if (winner == LocalTenantProbe.Answer.LOCAL_TENANT) {
				return reused(port);
			}
			throw portTaken(port, winner, ownershipFile, ex);
		}
	}

	private static LocalTenantProbe.Answer awaitProof(InetAddress address, int port, Path ownershipFile) {
		long deadline = System.nanoTime() + PROOF_WAIT.toNanos();
		LocalTenantProbe.Answer answer = LocalTenantProbe.ask(address, port, ownershipFile);
		while (answer == LocalTenantProbe.Answer.UNPROVEN && System.nanoTime() < deadline) {
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			answer = LocalTenantProbe.ask(address, port, ownershipFile);
		}
		return answer;
	}

	private static LocalTenant start(LocalTenantProperties properties, InetAddress address, int port,
			Path ownershipFile) {
		SpringApplication tenant = new SpringApplication(LocalTenantServer.class);
		tenant.setWebApplicationType(WebApplicationType.SERVLET);
		tenant.setBannerMode(Banner.Mode.OFF);
		tenant.setLogStartupInfo(false);
		// stopped with the application that started it, not by a hook of its own
		tenant.setRegisterShutdownHook(false);
		// Spring Boot's own listeners only. The application owns logging, and the tenant must not start a tenant of
		// its own (LocalTenantLauncher). Other libraries' listeners are meant for the application: Spring Cloud's
		// LoggingSystemShutdownListener, for one, shuts logging down for Spring Boot's listener to set it up again,
		// so in the tenant it would silence the application's log for good.
		tenant.setListeners(tenant.getListeners()
			.stream()
			.filter((listener) -> listener.getClass().getName().startsWith(SPRING_BOOT_PACKAGE)
					&& !(listener instanceof LoggingApplicationListener))
			.toList());
		tenant.setEnvironment(isolatedEnvironment(address, port));
		OwnershipProof ownership = OwnershipProof.random();
		LocalTenantSettings settings = new LocalTenantSettings(issuerFor(port), properties, ownership);
		tenant.addInitializers((context) -> context.getBeanFactory().registerSingleton("localTenantSettings", settings));
		ConfigurableApplicationContext context = tenant.run();
		if (ownershipFile != null) {
			// written once the port is ours, so that a loser of the race never overwrites the winner's secret
			try {
				OwnershipFile.write(ownershipFile, ownership);
			}
			catch (RuntimeException ex) {
				context.close();
				throw ex;
			}
		}
		return new LocalTenant(port, context, ownershipFile, ownership);
	}

	/**
	 * The tenant's environment: only what is set here. None of the application's configuration files, command-line
	 * arguments, system properties or environment variables reach it (a {@code SERVER_PORT} meant for the application
	 * must not move the tenant).
	 */
	private static StandardEnvironment isolatedEnvironment(InetAddress address, int port) {
		Map<String, Object> server = new LinkedHashMap<>();
		server.put("server.port", port);
		server.put("server.address", address.getHostAddress());
		server.put("server.servlet.session.cookie.name", LocalTenantServer.SESSION_COOKIE);
		server.put("server.servlet.context-path", "");
		// every endpoint is a filter, and Tomcat runs filters only for requests some servlet is mapped to
		server.put("server.servlet.register-default-servlet", true);
		server.put("spring.config.name", "userclouds-local-tenant");
		server.put("spring.config.location", "optional:classpath:/userclouds-local-tenant/");
		server.put("spring.jmx.enabled", false);
		server.put("spring.main.lazy-initialization", false);
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().addFirst(new MapPropertySource("userclouds-local-tenant-server", server));
		return environment;
	}

	private static int freePort(InetAddress address) {
		try (ServerSocket socket = new ServerSocket(0, 1, address)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new LocalTenantException("no free port on " + address.getHostAddress(), PORT_PROPERTY,
					"Set a fixed port", ex);
		}
	}

	private static boolean causedByPortInUse(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof PortInUseException || cause instanceof BindException) {
				return true;
			}
		}
		return false;
	}

	private static LocalTenantException portTaken(int port, LocalTenantProbe.Answer answer, Path ownershipFile,
			Throwable cause) {
		String what = (answer == LocalTenantProbe.Answer.UNPROVEN)
				? "a local tenant that cannot prove this user started it (no matching secret in " + ownershipFile
						+ "), so it is not trusted"
				: "something that is not a local tenant";
		return new LocalTenantException("port " + port + " is in use by " + what, PORT_PROPERTY,
				"Stop what listens on port " + port + " or choose another port", cause);
	}

	String issuer() {
		return issuerFor(this.port);
	}

	int port() {
		return this.port;
	}

	/**
	 * Whether this application started the tenant (and so stops it).
	 */
	boolean startedHere() {
		return this.context != null;
	}

	@Override
	public void close() {
		if (this.context != null) {
			this.context.close();
		}
		if (this.ownershipFile != null) {
			OwnershipFile.deleteIfHolds(this.ownershipFile, this.ownership);
		}
	}

}
