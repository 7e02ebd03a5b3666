package com.userclouds.spring.localtenant;

/**
 * {@code userclouds.tenant-url} is not set, and the local tenant may not stand in for it: it was not enabled and the
 * application shows no sign of running in development. The local tenant's users, passwords and client secrets are
 * published, so it never starts in production by default.
 */
public class TenantUrlRequiredException extends RuntimeException {

	TenantUrlRequiredException() {
		super("userclouds.tenant-url is not set, and the local tenant starts without it only when "
				+ LocalTenantProperties.PREFIX + ".enabled=true or in development");
	}

}
