package com.userclouds.spring.autoconfigure.resource;

import org.jspecify.annotations.Nullable;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * A {@link JwtDecoder} that can answer some tokens at once, from memory, without any I/O. The reactive stack asks it
 * first, on the event-loop thread, and hands only the other tokens to a thread that may block: full validation may
 * have to read the tenant's discovery document or keys, and that I/O is blocking.
 */
public interface ImmediateJwtDecoder extends JwtDecoder {

	/**
	 * The token, if it was validated before and its time claims still pass; {@code null} when only {@link #decode}
	 * can tell, which may block. Never blocks, never throws for a bad token.
	 * @param token the serialized token
	 * @return the validated token, or {@code null}
	 */
	@Nullable Jwt decodeFromMemory(String token);

}
