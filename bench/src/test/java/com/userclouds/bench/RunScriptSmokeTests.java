package com.userclouds.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code bench/run.sh} from rotting: its smoke mode runs every benchmark with short durations and must print
 * every figure. No figure is asserted, only that it was measured: a noisy 2-core machine decides nothing in seconds.
 * Needs sample-m2m's and sample-webflux's jars, which the reactor ({@code ./mvnw verify}) packages before this module.
 */
class RunScriptSmokeTests {

	@Test
	void smokeRunPrintsEveryFigure() throws Exception {
		Path output = Path.of("target", "bench-smoke.log");
		Files.createDirectories(output.getParent());
		Process script = new ProcessBuilder("bash", "run.sh", "--smoke", "--no-build").directory(new File("."))
			.redirectErrorStream(true)
			.redirectOutput(output.toFile())
			.start();
		try {
			// a generous bound, no timing assertion: only a hung script ends here
			if (!script.waitFor(8, TimeUnit.MINUTES)) {
				script.destroy();
				script.waitFor(30, TimeUnit.SECONDS);
			}
		}
		finally {
			if (script.isAlive()) {
				script.descendants().forEach(ProcessHandle::destroyForcibly);
				script.destroyForcibly();
			}
		}
		String printed = Files.readString(output);
		assertThat(script.exitValue()).as(printed).isZero();
		assertThat(printed).contains("FIGURE 1 security tax", "sample-m2m (starter): median", "stock app (reference): median",
					"ceiling: stock /public/orders", "filter chain: stock /public/ping")
			.contains("FIGURE 1 (WebFlux) security tax", "sample-webflux (starter): median",
					"stock reactive app (reference): median", "sample-webflux /api/orders over stock reactive /api/orders: median")
			.contains("FIGURE 2 JMH", "miss: starter", "hit:  starter")
			.contains("FIGURE 3 M2M")
			.contains("FIGURE 4 key rotation", "JWKS fetches")
			.contains("FIGURE 5 startup and memory", "startup ms", "RSS kB after start");
	}

}
