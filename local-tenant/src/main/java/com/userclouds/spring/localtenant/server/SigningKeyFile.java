package com.userclouds.spring.localtenant.server;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

import com.userclouds.spring.localtenant.LocalTenantException;
import com.userclouds.spring.localtenant.LocalTenantProperties;

/**
 * The tenant's RSA signing key, kept in a local file so that tokens issued before a restart still verify after it.
 * Created on first start.
 */
final class SigningKeyFile {

	private static final String KEY_FILE_PROPERTY = LocalTenantProperties.PREFIX + ".key-file";

	private SigningKeyFile() {
	}

	static RSAKey loadOrCreate(Path file) {
		if (Files.exists(file)) {
			return load(file);
		}
		RSAKey key = generate();
		try {
			write(file, key);
		}
		catch (FileAlreadyExistsException ex) {
			// another application created it at the same time: use theirs, both tenants must sign alike
			return load(file);
		}
		catch (IOException ex) {
			throw new LocalTenantException("cannot write its signing key to " + file + " (" + ex.getMessage() + ")",
					KEY_FILE_PROPERTY, "Use a writable path", ex);
		}
		return key;
	}

	private static RSAKey load(Path file) {
		try {
			JWK jwk = JWK.parse(Files.readString(file));
			if (!(jwk instanceof RSAKey rsaKey) || !rsaKey.isPrivate()) {
				throw new IllegalStateException("not a private RSA key");
			}
			return rsaKey;
		}
		catch (IOException | ParseException | IllegalStateException ex) {
			throw new LocalTenantException("its signing key file " + file + " is unreadable (" + ex.getMessage() + ")",
					KEY_FILE_PROPERTY, "Delete " + file + " to create a new key, or point to another file", ex);
		}
	}

	private static RSAKey generate() {
		try {
			return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.algorithm(JWSAlgorithm.RS256)
				.keyIDFromThumbprint(true)
				.generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	private static void write(Path file, RSAKey key) throws IOException {
		Path directory = file.toAbsolutePath().getParent();
		Files.createDirectories(directory);
		Path temporary = Files.createTempFile(directory, ".local-tenant-key", ".tmp");
		try {
			ownerOnly(temporary);
			Files.writeString(temporary, key.toJSONString());
			try {
				// a link, not a rename: it fails instead of replacing a key another application wrote meanwhile
				Files.createLink(file, temporary);
			}
			catch (UnsupportedOperationException | AtomicMoveNotSupportedException ex) {
				Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
			}
		}
		finally {
			Files.deleteIfExists(temporary);
		}
	}

	private static void ownerOnly(Path path) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the user's home directory protects it
		}
	}

}
