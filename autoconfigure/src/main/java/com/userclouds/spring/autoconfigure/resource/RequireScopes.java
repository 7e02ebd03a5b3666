package com.userclouds.spring.autoconfigure.resource;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The scopes the caller's access token must carry to call a controller method. On a class it applies to every method;
 * on a method it replaces the class's. Scopes are read from the token's {@code scope} claim (space-separated) and
 * {@code scp} claim (array or string). A caller without them gets 403 with
 * {@code WWW-Authenticate: Bearer error="insufficient_scope", scope="..."} (RFC 6750).
 *
 * <pre class="code">
 * &#64;RequireScopes("orders:read")
 * &#64;GetMapping("/api/orders")
 * List&lt;Order&gt; orders() { ... }
 * </pre>
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface RequireScopes {

	/**
	 * The scopes required.
	 */
	String[] value();

	/**
	 * Whether every scope is required or any one of them is enough.
	 */
	Match match() default Match.ALL;

	/**
	 * How the scopes of {@link #value()} combine.
	 */
	enum Match {

		/** The token must carry every scope. */
		ALL,

		/** One of the scopes is enough. */
		ANY

	}

}
