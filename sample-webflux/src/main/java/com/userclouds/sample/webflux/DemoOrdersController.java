package com.userclouds.sample.webflux;

import reactor.core.publisher.Mono;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.reactive.function.client.WebClientResponseException;

import com.userclouds.spring.autoconfigure.m2m.M2mClientNotConfiguredException;
import com.userclouds.spring.autoconfigure.m2m.M2mTokenException;
import com.userclouds.spring.autoconfigure.m2m.UserCloudsWebClients;

/**
 * The sample as a client of its own API: {@code GET /demo/orders} (open to anyone) calls {@code GET /api/orders}
 * (which requires the scope {@code orders:read}) with a token of the M2M client {@code orders}, and returns what the
 * API answered. Failures arrive as errors of the returned {@link Mono} and are mapped like sample-m2m's.
 */
@RestController
class DemoOrdersController {

	static final String CLIENT = "orders";

	static final String NO_TOKEN = "No access token could be obtained for the orders API";

	private static final Log logger = LogFactory.getLog(DemoOrdersController.class);

	private final ObjectProvider<UserCloudsWebClients> webClients;

	private final Environment environment;

	DemoOrdersController(ObjectProvider<UserCloudsWebClients> webClients, Environment environment) {
		this.webClients = webClients;
		this.environment = environment;
	}

	@GetMapping(path = "/demo/orders", produces = MediaType.APPLICATION_JSON_VALUE)
	Mono<String> orders() {
		return Mono.defer(() -> {
			UserCloudsWebClients clients = this.webClients.getIfAvailable();
			if (clients == null) {
				return Mono.error(new M2mClientNotConfiguredException(CLIENT));
			}
			return clients.get(CLIENT).get().uri(apiBaseUrl() + "/api/orders").retrieve().bodyToMono(String.class);
		});
	}

	/**
	 * Read per request: the default names this application's port, known only once the server has started.
	 */
	private String apiBaseUrl() {
		return this.environment.getRequiredProperty("sample.api-base-url");
	}

	@ExceptionHandler
	ProblemDetail notConfigured(M2mClientNotConfiguredException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
	}

	/**
	 * The caller is anonymous: the tenant's error and {@code error_description} go to the log, not to them.
	 */
	@ExceptionHandler
	ProblemDetail noToken(M2mTokenException ex) {
		logger.warn("GET /demo/orders: " + ex.getMessage());
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, NO_TOKEN);
	}

	@ExceptionHandler
	ProblemDetail apiRefused(WebClientResponseException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY,
				"GET /api/orders answered HTTP " + ex.getStatusCode().value());
	}

	@ExceptionHandler
	ProblemDetail apiUnreachable(WebClientRequestException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_GATEWAY, "GET /api/orders could not be reached");
	}

}
