package com.userclouds.spring.autoconfigure;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;

/**
 * The application's own filter chains (of either stack): every chain bean but the starter's, in their order. Read at
 * the first request, once every chain exists, so that a starter chain never depends on the beans that declare the
 * others.
 *
 * @param <C> the stack's chain type
 */
final class ApplicationChains<C> {

	private final ObjectProvider<C> allChains;

	private final Class<? extends C> starterChainType;

	private volatile List<C> chains;

	ApplicationChains(ObjectProvider<C> allChains, Class<? extends C> starterChainType) {
		this.allChains = allChains;
		this.starterChainType = starterChainType;
	}

	List<C> get() {
		List<C> chains = this.chains;
		if (chains == null) {
			chains = this.allChains.orderedStream().filter((chain) -> !this.starterChainType.isInstance(chain)).toList();
			this.chains = chains;
		}
		return chains;
	}

}
