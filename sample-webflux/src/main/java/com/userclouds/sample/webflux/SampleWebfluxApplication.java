package com.userclouds.sample.webflux;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SampleWebfluxApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleWebfluxApplication.class, args);
	}

}
