package com.userclouds.spring.autoconfigure.resource;

/**
 * What the validated-token cache has done since startup, for metrics: implemented by the starter's
 * {@code JwtDecoder} when {@code userclouds.resource-server.cache.enabled} is on. Both counts are kept by the cache
 * itself and only read here, so a request pays for no metrics library.
 */
public interface ValidatedTokenCacheStatistics {

	/**
	 * Bearer tokens answered from the cache: validated before, their {@code exp} and {@code nbf} checked again.
	 */
	long hitCount();

	/**
	 * Bearer tokens the cache could not answer (never seen, dropped, or their time claims no longer pass), which went
	 * to full validation, valid or not.
	 */
	long missCount();

}
