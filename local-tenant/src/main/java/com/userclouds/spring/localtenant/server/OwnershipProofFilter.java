package com.userclouds.spring.localtenant.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers {@code GET} {@value OwnershipProof#PATH}{@code ?nonce=} with the tenant's {@link OwnershipProof}, before
 * Spring Security (the endpoint needs no login: the proof is worth something only to whoever holds the secret).
 */
class OwnershipProofFilter extends OncePerRequestFilter {

	private final OwnershipProof proof;

	private final String issuer;

	OwnershipProofFilter(OwnershipProof proof, String issuer) {
		this.proof = proof;
		this.issuer = issuer;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !OwnershipProof.PATH.equals(request.getRequestURI());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String nonce = request.getParameter("nonce");
		if (!"GET".equals(request.getMethod()) || !OwnershipProof.isNonce(nonce)) {
			response.sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		response.setContentType(MediaType.TEXT_PLAIN_VALUE);
		response.setHeader("Cache-Control", "no-store");
		response.getOutputStream().write(this.proof.prove(this.issuer, nonce).getBytes(StandardCharsets.US_ASCII));
	}

}
