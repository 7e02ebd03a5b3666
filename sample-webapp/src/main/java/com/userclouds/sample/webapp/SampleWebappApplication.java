package com.userclouds.sample.webapp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SampleWebappApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleWebappApplication.class, args);
	}

}
