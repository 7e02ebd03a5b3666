package com.userclouds.sample.webapp;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The sample's own settings.
 *
 * @param apiBaseUrl base URL of the API the profile page calls with the user's access token (sample-m2m)
 */
@ConfigurationProperties("sample")
public record SampleProperties(@DefaultValue("http://localhost:8081") String apiBaseUrl) {
}
