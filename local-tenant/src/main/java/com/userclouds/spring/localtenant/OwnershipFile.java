package com.userclouds.spring.localtenant;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import com.userclouds.spring.localtenant.server.OwnershipProof;

/**
 * The owner-only file ({@code 0600}) that holds the secret of the local tenant this user started on a port, next to
 * the signing key ({@code ~/.userclouds} by default). An application reuses a tenant only if it can read the secret
 * from here and the tenant proves it holds the same one. A file that others may read, or that another user owns, is
 * ignored: its secret could be known to someone else.
 */
final class OwnershipFile {

	private static final String KEY_FILE_PROPERTY = LocalTenantProperties.PREFIX + ".key-file";

	private static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
			PosixFilePermission.OWNER_WRITE);

	private OwnershipFile() {
	}

	static Path of(LocalTenantProperties properties, int port) {
		return properties.getKeyFile().toAbsolutePath().getParent().resolve("local-tenant-" + port + ".secret");
	}

	/**
	 * Writes the secret, replacing the file of a tenant that is gone.
	 * @throws LocalTenantException if it cannot be written
	 */
	static void write(Path file, OwnershipProof proof) {
		try {
			Path directory = file.getParent();
			if (!Files.isDirectory(directory)) {
				Files.createDirectories(directory);
				setPermissions(directory, "rwx------");
			}
			Path temporary = Files.createTempFile(directory, ".local-tenant", ".tmp");
			try {
				setPermissions(temporary, "rw-------");
				Files.writeString(temporary, proof.encodedSecret());
				Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			}
			finally {
				Files.deleteIfExists(temporary);
			}
		}
		catch (IOException ex) {
			throw new LocalTenantException("cannot write its secret to " + file + " (" + ex.getMessage() + ")",
					KEY_FILE_PROPERTY, "Put the key file in a directory this user can write", ex);
		}
	}

	/**
	 * The secret in the file, if the file exists, belongs to this user and is readable by this user only.
	 */
	static Optional<OwnershipProof> read(Path file) {
		try {
			if (!Files.isRegularFile(file) || !ownerOnly(file)) {
				return Optional.empty();
			}
			return Optional.of(OwnershipProof.decode(Files.readString(file)));
		}
		catch (IOException | IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * Deletes the file if it still holds this tenant's secret.
	 */
	static void deleteIfHolds(Path file, OwnershipProof proof) {
		if (read(file).filter(proof::sameSecretAs).isPresent()) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// a stale secret proves nothing: no tenant holds it any more
			}
		}
	}

	private static boolean ownerOnly(Path file) throws IOException {
		PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (posix == null) {
			// not a POSIX file system: the user's home directory protects it
			return true;
		}
		return OWNER_ONLY.containsAll(posix.readAttributes().permissions())
				&& posix.getOwner().equals(processOwner(file.getParent()));
	}

	/**
	 * The user this process runs as: the owner of a file it creates. {@code user.name} is not it when the user has no
	 * name (a container's numeric uid), and root can read any file, so readability proves nothing.
	 */
	private static UserPrincipal processOwner(Path directory) throws IOException {
		Path probe = Files.createTempFile(directory, ".local-tenant-owner", ".tmp");
		try {
			return Files.getOwner(probe);
		}
		finally {
			Files.delete(probe);
		}
	}

	private static void setPermissions(Path path, String permissions) throws IOException {
		try {
			Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
		}
		catch (UnsupportedOperationException ex) {
			// not a POSIX file system: the user's home directory protects it
		}
	}

}
