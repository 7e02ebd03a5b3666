package com.userclouds.bench.jmh;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

import com.userclouds.bench.stock.StockDecoders;
import com.userclouds.bench.tenant.BenchTenant;
import com.userclouds.spring.autoconfigure.resource.ResourceServerAutoConfiguration;
import com.userclouds.spring.autoconfigure.tenant.TenantAutoConfiguration;

/**
 * Validation of one access token: the decoder the starter registers against the hand-written stock
 * {@code NimbusJwtDecoder} + validators, with the same tokens and keys from one {@link BenchTenant}.
 * <ul>
 * <li>miss: every call gets a token the decoder has not seen (a pool larger than the starter's cache, which is given
 * a single place so that each call also pays the put and an eviction);</li>
 * <li>hit: the same token on every call.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class TokenValidationBenchmark {

	@Param("256")
	int missPoolSize;

	private BenchTenant tenant;

	private ConfigurableApplicationContext starterMiss;

	private ConfigurableApplicationContext starterHit;

	private JwtDecoder starterMissDecoder;

	private JwtDecoder starterHitDecoder;

	private JwtDecoder stockDecoder;

	private String[] missTokens;

	private String hitToken;

	@Setup(Level.Trial)
	public void setUp() throws Exception {
		this.tenant = BenchTenant.start();
		this.missTokens = new String[this.missPoolSize];
		for (int i = 0; i < this.missTokens.length; i++) {
			this.missTokens[i] = this.tenant.mint("orders:read");
		}
		this.hitToken = this.tenant.mint("orders:read");
		this.starterMiss = starterContext("userclouds.resource-server.cache.max-size=1");
		this.starterMissDecoder = this.starterMiss.getBean(JwtDecoder.class);
		this.starterHit = starterContext();
		this.starterHitDecoder = this.starterHit.getBean(JwtDecoder.class);
		this.stockDecoder = StockDecoders.create(this.tenant.issuer());
		// keys fetched before measuring, and every decoder accepts the tokens
		for (JwtDecoder decoder : new JwtDecoder[] { this.starterMissDecoder, this.starterHitDecoder,
				this.stockDecoder }) {
			decoder.decode(this.hitToken);
			decoder.decode(this.missTokens[0]);
		}
	}

	private ConfigurableApplicationContext starterContext(String... properties) {
		return new SpringApplicationBuilder(StarterDecoder.class).web(WebApplicationType.NONE)
			.logStartupInfo(false)
			.properties("userclouds.tenant-url=" + this.tenant.issuer(), "spring.main.banner-mode=off")
			.properties(properties)
			.run();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.starterMiss.close();
		this.starterHit.close();
		this.tenant.close();
	}

	@State(Scope.Thread)
	public static class Cursor {

		private int next;

		String next(String[] tokens) {
			String token = tokens[this.next];
			this.next = (this.next + 1 == tokens.length) ? 0 : this.next + 1;
			return token;
		}

	}

	@Benchmark
	public Jwt starterMiss(Cursor cursor) {
		return this.starterMissDecoder.decode(cursor.next(this.missTokens));
	}

	@Benchmark
	public Jwt stockMiss(Cursor cursor) {
		return this.stockDecoder.decode(cursor.next(this.missTokens));
	}

	@Benchmark
	public Jwt starterHit() {
		return this.starterHitDecoder.decode(this.hitToken);
	}

	@Benchmark
	public Jwt stockHit() {
		return this.stockDecoder.decode(this.hitToken);
	}

	/** Only the starter's tenant and resource-server auto-configurations: the decoder bean an application gets. */
	@Configuration(proxyBeanMethods = false)
	@ImportAutoConfiguration({ TenantAutoConfiguration.class, ResourceServerAutoConfiguration.class })
	static class StarterDecoder {

	}

}
