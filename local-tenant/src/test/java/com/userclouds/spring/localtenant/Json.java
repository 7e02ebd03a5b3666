package com.userclouds.spring.localtenant;

import java.text.ParseException;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;

final class Json {

	private Json() {
	}

	static Map<String, Object> parse(String json) {
		try {
			return JSONObjectUtils.parse(json);
		}
		catch (ParseException ex) {
			throw new AssertionError("not JSON: " + json, ex);
		}
	}

}
