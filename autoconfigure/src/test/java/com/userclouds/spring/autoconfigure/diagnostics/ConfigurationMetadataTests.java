package com.userclouds.spring.autoconfigure.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import com.userclouds.spring.autoconfigure.login.LoginFlow;
import com.userclouds.spring.autoconfigure.login.ResponseMode;
import com.userclouds.spring.autoconfigure.m2m.M2mProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The IDE metadata the configuration processor generates from the properties classes, merged with
 * {@code additional-spring-configuration-metadata.json}: every property described, every properties class
 * of the starter covered, and value hints that name real properties and every value of their enum.
 */
class ConfigurationMetadataTests {

	private static final String BASE_PACKAGE = "com.userclouds.spring.autoconfigure";

	private static Map<String, Object> metadata;

	@BeforeAll
	static void readMetadata() throws IOException, ParseException {
		List<URL> candidates = Collections
			.list(ConfigurationMetadataTests.class.getClassLoader().getResources("META-INF/spring-configuration-metadata.json"));
		for (URL candidate : candidates) {
			try (InputStream in = candidate.openStream()) {
				Map<String, Object> json = JSONObjectUtils.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				if (sourceTypes(JSONObjectUtils.getJSONObjectArray(json, "groups")).stream()
					.anyMatch((type) -> type.startsWith(BASE_PACKAGE))) {
					metadata = json;
				}
			}
		}
		assertThat(metadata).as("the starter's generated metadata").isNotNull();
	}

	@Test
	void everyPropertyHasADescription() throws ParseException {
		List<String> undescribed = new ArrayList<>();
		for (Map<String, Object> property : JSONObjectUtils.getJSONObjectArray(metadata, "properties")) {
			String description = (String) property.get("description");
			if (description == null || description.isBlank()) {
				undescribed.add((String) property.get("name"));
			}
		}
		assertThat(undescribed).isEmpty();
		assertThat(names("properties")).contains("userclouds.tenant-url", "userclouds.resource-server.paths",
				"userclouds.login.flow", "userclouds.m2m.clients", "userclouds.diagnostics.health.probe-interval");
	}

	@Test
	void everyPropertiesClassOfTheStarterIsCovered() throws ParseException {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
		scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
		Set<String> propertiesClasses = scanner.findCandidateComponents(BASE_PACKAGE)
			.stream()
			.map(BeanDefinition::getBeanClassName)
			.filter((name) -> !name.contains("Tests") && !name.contains("Test$"))
			.collect(Collectors.toSet());
		assertThat(propertiesClasses).hasSizeGreaterThanOrEqualTo(5);
		assertThat(sourceTypes(JSONObjectUtils.getJSONObjectArray(metadata, "groups")))
			.containsAll(propertiesClasses);
	}

	@Test
	void hintsNameRealPropertiesAndCoverEveryEnumValue() throws ParseException {
		Set<String> properties = names("properties");
		Map<String, List<String>> hints = hints();
		assertThat(properties).containsAll(hints.keySet());
		assertThat(hints.get("userclouds.login.flow")).containsExactlyInAnyOrderElementsOf(kebab(LoginFlow.values()));
		assertThat(hints.get("userclouds.login.response-mode"))
			.containsExactlyInAnyOrderElementsOf(kebab(ResponseMode.values()));
		assertThat(hints.get("userclouds.login.response-type"))
			.containsExactlyInAnyOrderElementsOf(Stream.of(LoginFlow.values())
				.flatMap((flow) -> flow.responseTypes().stream())
				.filter((type) -> !type.equals("code"))
				.toList());
	}

	/**
	 * The metadata format has no hint for a property of a map's value objects ({@code .keys} and {@code .values}
	 * name the map's own keys and values; spring-boot#9945), so {@code userclouds.m2m.clients.*.auth-method} gets its
	 * values from its type: the map's value type must stay in the metadata, and auth-method an enum.
	 */
	@Test
	void m2mClientsCarryTheirValueTypeForIdes() throws ParseException, NoSuchMethodException {
		Map<String, Object> clients = Stream.of(JSONObjectUtils.getJSONObjectArray(metadata, "properties"))
			.filter((property) -> "userclouds.m2m.clients".equals(property.get("name")))
			.findFirst()
			.orElseThrow();
		assertThat(clients.get("type"))
			.isEqualTo("java.util.Map<java.lang.String," + M2mProperties.Client.class.getName() + ">");
		assertThat(M2mProperties.Client.class.getMethod("getAuthMethod").getReturnType().isEnum()).isTrue();
	}

	private static List<String> kebab(Enum<?>[] values) {
		return Stream.of(values).map((value) -> value.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList();
	}

	private static Map<String, List<String>> hints() throws ParseException {
		Map<String, List<String>> hints = new LinkedHashMap<>();
		Map<String, Object>[] entries = JSONObjectUtils.getJSONObjectArray(metadata, "hints");
		for (Map<String, Object> hint : (entries != null) ? entries : new Map[0]) {
			List<String> values = new ArrayList<>();
			for (Map<String, Object> value : JSONObjectUtils.getJSONObjectArray(hint, "values")) {
				values.add(String.valueOf(value.get("value")));
			}
			hints.put((String) hint.get("name"), values);
		}
		assertThat(hints).isNotEmpty();
		return hints;
	}

	private static Set<String> names(String kind) throws ParseException {
		return Stream.of(JSONObjectUtils.getJSONObjectArray(metadata, kind))
			.map((entry) -> (String) entry.get("name"))
			.collect(Collectors.toSet());
	}

	private static Set<String> sourceTypes(Map<String, Object>[] groups) {
		return (groups != null) ? Stream.of(groups)
			.map((group) -> (String) group.get("sourceType"))
			.filter((type) -> type != null)
			.map((type) -> type.replace('$', '.'))
			.collect(Collectors.toSet()) : Set.of();
	}

}
