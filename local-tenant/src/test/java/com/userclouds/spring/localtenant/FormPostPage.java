package com.userclouds.spring.localtenant;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads the hidden fields of a form_post response page.
 */
final class FormPostPage {

	private static final Pattern FIELD = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"/>");

	private FormPostPage() {
	}

	static Map<String, String> fields(String html) {
		Map<String, String> fields = new LinkedHashMap<>();
		Matcher matcher = FIELD.matcher(html);
		while (matcher.find()) {
			fields.put(HtmlUtils.htmlUnescape(matcher.group(1)), HtmlUtils.htmlUnescape(matcher.group(2)));
		}
		return fields;
	}

}
