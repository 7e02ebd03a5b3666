package com.userclouds.spring.autoconfigure;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.logging.Log;

/**
 * Warnings about faults that repeat until someone fixes the configuration (a wrong client secret, a client the tenant
 * does not know): each is logged at WARN in one line, at most once per interval per key (a client), and the next
 * line says how many were left out meanwhile. An operator sees every permanent fault, and a busy application does not
 * flood its log with one line per request.
 */
public final class ThrottledWarnings {

	/** How often the same key may be warned about. */
	public static final Duration INTERVAL = Duration.ofMinutes(1);

	private final Log log;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public ThrottledWarnings(Log log) {
		this(log, Clock.systemUTC());
	}

	ThrottledWarnings(Log log, Clock clock) {
		this.log = log;
		this.clock = clock;
	}

	/**
	 * Logs {@code message} at WARN unless {@code key} was warned about less than {@link #INTERVAL} ago.
	 * @param key what the warning is about, e.g. a client's name
	 * @param message one line, with nothing secret in it
	 */
	public void warn(String key, String message) {
		Instant now = this.clock.instant();
		long suppressed = this.windows.compute(key, (k, window) -> (window == null || !now.isBefore(window.until()))
				? new Window(now.plus(INTERVAL), 0, (window != null) ? window.suppressed() : 0)
				: new Window(window.until(), window.suppressed() + 1, -1)).reported();
		if (suppressed < 0) {
			return;
		}
		this.log.warn((suppressed > 0) ? message + " (repeated " + suppressed + ((suppressed == 1) ? " time" : " times")
				+ " since the last warning)" : message);
	}

	/**
	 * @param until when the next warning about the key may be logged
	 * @param suppressed warnings left out since the last one logged
	 * @param reported for the call that made this window: how many were left out before its warning, which it logs,
	 * or -1 when its warning is left out too
	 */
	private record Window(Instant until, long suppressed, long reported) {
	}

}
