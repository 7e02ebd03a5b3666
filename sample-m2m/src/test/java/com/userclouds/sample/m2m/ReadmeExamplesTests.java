package com.userclouds.sample.m2m;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every Java example in README.md is a compiled source of the build, quoted whole: the block must be preceded by
 * {@code <!-- example: PATH -->} and equal the file at PATH without its package line. The example sources live in
 * package {@code com.example.readme} of the samples' tests, where they compile against the starter and, for the test
 * example, run.
 */
class ReadmeExamplesTests {

	private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

	private static final Pattern JAVA_BLOCK = Pattern.compile("(?m)^([^\\n]*)\\n```java\\n(.*?)^```$", Pattern.DOTALL);

	private static final Pattern MARKER = Pattern.compile("<!-- example: (\\S+) -->");

	@Test
	void everyJavaExampleQuotesACompiledSource() throws IOException {
		String readme = Files.readString(ROOT.resolve("README.md"));
		Matcher blocks = JAVA_BLOCK.matcher(readme);
		List<String> examples = new ArrayList<>();
		while (blocks.find()) {
			Matcher marker = MARKER.matcher(blocks.group(1));
			assertThat(marker.matches()).as("the line before the Java example\n%s\nmust be <!-- example: PATH -->",
					blocks.group(2))
				.isTrue();
			Path source = ROOT.resolve(marker.group(1));
			assertThat(source).as("README example source").isRegularFile();
			assertThat(blocks.group(2)).as("README's quote of %s", marker.group(1)).isEqualTo(quoted(source));
			examples.add(marker.group(1));
		}
		assertThat(examples).isNotEmpty();
	}

	/** The source as README quotes it: without its package line and the blank line after it. */
	private static String quoted(Path source) throws IOException {
		String text = Files.readString(source);
		return text.replaceFirst("\\Apackage [^;]+;\\n\\n", "");
	}

}
