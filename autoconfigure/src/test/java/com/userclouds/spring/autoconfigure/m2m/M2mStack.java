package com.userclouds.spring.autoconfigure.m2m;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.core.OAuth2AccessToken;

/**
 * The two ways the starter's clients ask the one token cache for a token: the servlet stack's blocking
 * {@code token()} (the RestClient interceptor, Spring Security's manager) and the reactive stack's {@code Mono} (the
 * WebClient filter), subscribed on Reactor's parallel threads as an event-loop caller would be. Suites parameterized
 * with it hold both stacks to the same behaviour. The waits are only there so that a broken cache fails the test
 * instead of hanging it.
 */
enum M2mStack {

	SERVLET {

		@Override
		String token(M2mAccessTokens tokens) {
			return tokens.token(M2mTestSupport.CLIENT).getTokenValue();
		}

		@Override
		Set<String> callConcurrently(M2mAccessTokens tokens, int callers, int callsPerCaller) throws Exception {
			ExecutorService threads = Executors.newFixedThreadPool(callers);
			try {
				Set<String> seen = ConcurrentHashMap.newKeySet();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> results = new ArrayList<>();
				for (int i = 0; i < callers; i++) {
					results.add(threads.submit(() -> {
						start.await();
						for (int call = 0; call < callsPerCaller; call++) {
							seen.add(token(tokens));
						}
						return null;
					}));
				}
				start.countDown();
				for (Future<?> result : results) {
					result.get(NO_HANG.toSeconds(), TimeUnit.SECONDS);
				}
				return seen;
			}
			finally {
				threads.shutdownNow();
			}
		}

	},

	REACTIVE {

		@Override
		String token(M2mAccessTokens tokens) {
			return tokenValue(tokens).subscribeOn(Schedulers.parallel()).block(NO_HANG);
		}

		@Override
		Set<String> callConcurrently(M2mAccessTokens tokens, int callers, int callsPerCaller) {
			Mono<String> token = tokenValue(tokens);
			return Flux.range(0, callers)
				.flatMap((caller) -> Flux.range(0, callsPerCaller)
					.concatMap((call) -> token)
					.subscribeOn(Schedulers.parallel()), callers)
				.collect(Collectors.toSet())
				.block(NO_HANG);
		}

		/** The token as the WebClient filter gets it. */
		private Mono<String> tokenValue(M2mAccessTokens tokens) {
			return new BearerTokenExchangeFilterFunction(tokens, M2mTestSupport.CLIENT).token()
				.map(OAuth2AccessToken::getTokenValue);
		}

	};

	private static final Duration NO_HANG = Duration.ofSeconds(60);

	/**
	 * One token of {@link M2mTestSupport#CLIENT}, waited for by the test thread.
	 * @throws M2mTokenException as the stack's callers see it
	 */
	abstract String token(M2mAccessTokens tokens);

	/**
	 * The tokens seen by {@code callers} callers running at once, each asking {@code callsPerCaller} times in a
	 * row: threads on the servlet stack, subscribers on the reactive one.
	 */
	abstract Set<String> callConcurrently(M2mAccessTokens tokens, int callers, int callsPerCaller) throws Exception;

}
