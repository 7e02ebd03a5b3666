package com.userclouds.sample.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class SampleWebappApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleWebappApplication.class, args);
	}

}
