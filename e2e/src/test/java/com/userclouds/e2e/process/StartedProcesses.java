package com.userclouds.e2e.process;

import java.util.ArrayList;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The processes this JVM started and has not stopped yet. A shutdown hook stops them, so that a run killed or
 * crashed between a start and its {@code close()} leaves no provider or sample running.
 */
final class StartedProcesses {

	private static final Set<ManagedProcess> running = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(StartedProcesses::stopAll, "e2e-stop-started-processes"));
	}

	private StartedProcesses() {
	}

	static void register(ManagedProcess process) {
		running.add(process);
	}

	static void unregister(ManagedProcess process) {
		running.remove(process);
	}

	private static void stopAll() {
		for (ManagedProcess process : new ArrayList<>(running)) {
			process.close();
		}
	}

}
