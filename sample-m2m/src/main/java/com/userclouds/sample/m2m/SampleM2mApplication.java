package com.userclouds.sample.m2m;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class SampleM2mApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleM2mApplication.class, args);
	}

}
