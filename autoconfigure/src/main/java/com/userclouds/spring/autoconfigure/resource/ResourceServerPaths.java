package com.userclouds.spring.autoconfigure.resource;

/**
 * The path patterns of the API ({@code userclouds.resource-server.paths}, checked when bound), for either stack's
 * chain.
 */
final class ResourceServerPaths {

	static final String PATHS_PROPERTY = ResourceServerProperties.PREFIX + ".paths";

	private ResourceServerPaths() {
	}

	static String[] of(ResourceServerProperties properties) {
		return properties.getPaths().toArray(String[]::new);
	}

}
