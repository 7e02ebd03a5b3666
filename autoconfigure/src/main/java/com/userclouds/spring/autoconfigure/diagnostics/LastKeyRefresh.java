package com.userclouds.spring.autoconfigure.diagnostics;

import org.springframework.context.event.EventListener;

import com.userclouds.spring.autoconfigure.tenant.JwksRefreshEvent;

/**
 * Remembers the last fetch of the tenant's keys by the token decoder, for the health details.
 */
final class LastKeyRefresh {

	private volatile JwksRefreshEvent last;

	@EventListener
	void onRefresh(JwksRefreshEvent event) {
		this.last = event;
	}

	/** The last fetch, or {@code null} while the keys were never needed. */
	JwksRefreshEvent last() {
		return this.last;
	}

}
