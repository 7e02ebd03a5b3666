package com.userclouds.spring.autoconfigure.resource;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.userclouds.spring.autoconfigure.testsupport.EventLoopBlockingCalls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reactive decoder never blocks the thread it is subscribed on: every test subscribes on
 * {@code Schedulers.parallel()}, whose threads BlockHound watches.
 */
class OffloadingReactiveJwtDecoderTests {

	private static final Jwt JWT = Jwt.withTokenValue("t")
		.header("alg", "RS256")
		.subject("alice")
		.expiresAt(Instant.now().plusSeconds(60))
		.build();

	@BeforeEach
	void watchEventLoops() {
		EventLoopBlockingCalls.watch();
		EventLoopBlockingCalls.takeSeen();
	}

	@Test
	void blockHoundCatchesABlockingCallOnAParallelThread() {
		Mono<String> sleeps = Mono.fromCallable(() -> {
			Thread.sleep(1);
			return "slept";
		}).subscribeOn(Schedulers.parallel());
		assertThatThrownBy(sleeps::block).hasRootCauseInstanceOf(BlockingOperationError.class);
		assertThat(EventLoopBlockingCalls.takeSeen()).singleElement().asString().contains("sleep");
	}

	@Test
	void aTokenInMemoryIsAnsweredOnTheCallingThread() {
		AtomicReference<String> decodedOn = new AtomicReference<>();
		ImmediateJwtDecoder remembers = new ImmediateJwtDecoder() {
			@Override
			public Jwt decodeFromMemory(String token) {
				decodedOn.set(Thread.currentThread().getName());
				return JWT;
			}

			@Override
			public Jwt decode(String token) {
				throw new AssertionError("full validation for a token in memory");
			}
		};
		OffloadingReactiveJwtDecoder decoder = new OffloadingReactiveJwtDecoder(remembers, Schedulers.boundedElastic());
		// as Spring Security calls it: from inside the chain, on the thread the request runs on
		Jwt jwt = Mono.defer(() -> decoder.decode("t"))
			.subscribeOn(Schedulers.parallel())
			.block(Duration.ofSeconds(5));
		assertThat(jwt).isSameAs(JWT);
		assertThat(decodedOn.get()).startsWith("parallel");
	}

	@Test
	void fullValidationRunsWhereBlockingIsAllowed() {
		AtomicReference<String> decodedOn = new AtomicReference<>();
		JwtDecoder blocking = (token) -> {
			decodedOn.set(Thread.currentThread().getName());
			sleep();
			return JWT;
		};
		Jwt jwt = new OffloadingReactiveJwtDecoder(blocking, Schedulers.boundedElastic()).decode("t")
			.subscribeOn(Schedulers.parallel())
			.block(Duration.ofSeconds(5));
		assertThat(jwt).isSameAs(JWT);
		assertThat(decodedOn.get()).startsWith("boundedElastic");
		assertThat(EventLoopBlockingCalls.takeSeen()).isEmpty();
	}

	@Test
	void aMissInMemoryGoesToFullValidationAndItsRefusalIsAnError() {
		ImmediateJwtDecoder forgets = new ImmediateJwtDecoder() {
			@Override
			public Jwt decodeFromMemory(String token) {
				return null;
			}

			@Override
			public Jwt decode(String token) {
				sleep();
				throw new BadJwtException("Jwt expired");
			}
		};
		Mono<Jwt> decoded = new OffloadingReactiveJwtDecoder(forgets, Schedulers.boundedElastic()).decode("t")
			.subscribeOn(Schedulers.parallel());
		assertThatExceptionOfType(BadJwtException.class).isThrownBy(() -> decoded.block(Duration.ofSeconds(5)))
			.withMessage("Jwt expired");
		assertThat(EventLoopBlockingCalls.takeSeen()).isEmpty();
	}

	private static void sleep() {
		try {
			Thread.sleep(5);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
