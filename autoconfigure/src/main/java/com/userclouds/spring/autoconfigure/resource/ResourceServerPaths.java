package com.userclouds.spring.autoconfigure.resource;

import java.util.List;

/**
 * The path patterns of the API ({@code userclouds.resource-server.paths}), checked, for either stack's chain.
 */
final class ResourceServerPaths {

	static final String PATHS_PROPERTY = "userclouds.resource-server.paths";

	private ResourceServerPaths() {
	}

	static String[] of(ResourceServerProperties properties) {
		List<String> paths = properties.getPaths();
		if (paths == null || paths.isEmpty() || paths.stream().anyMatch((path) -> path == null || !path.startsWith("/"))) {
			throw new InvalidResourceServerPropertyException(PATHS_PROPERTY, paths,
					"give at least one path pattern, each starting with '/', e.g. /api/**");
		}
		return paths.toArray(String[]::new);
	}

}
