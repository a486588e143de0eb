package net.claimsnet.node.bootstrap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Writing files whole (a reader sees the old file or the new one, never half of one), and secrets
 * readable by their owner only (mode 0600, in a 0700 directory).
 */
final class OwnerOnlyFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFiles() {
    }

    /** A new random password (24 bytes, URL-safe Base64). */
    static char[] newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    /**
     * The password for a store about to be written: the one in {@code file} if it is there (a store
     * made again keeps its password), otherwise a new one, written to {@code file} first.
     */
    static char[] passwordFor(Path file) {
        if (Files.isRegularFile(file)) {
            return readSecret(file);
        }
        char[] password = newPassword();
        writeSecret(file, password);
        return password;
    }

    static void writeSecret(Path file, char[] secret) {
        ensurePrivateDirectory(file.toAbsolutePath().getParent());
        write(file, new String(secret).getBytes(StandardCharsets.UTF_8), true);
    }

    static char[] readSecret(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim().toCharArray();
        } catch (IOException e) {
            throw new BootstrapException("Cannot read the secret " + file + ": " + e, e);
        }
    }

    /** Replaces the file atomically; {@code ownerOnly} makes it mode 0600. */
    static void write(Path file, byte[] content, boolean ownerOnly) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temporary = ownerOnly
                    ? Files.createTempFile(parent, ".write", ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                    : Files.createTempFile(parent, ".write", ".tmp");
            try {
                Files.write(temporary, content);
                if (!ownerOnly) {
                    Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    static void ensurePrivateDirectory(Path directory) {
        try {
            if (!Files.isDirectory(directory)) {
                Files.createDirectories(directory);
                Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the directory " + directory, e);
        }
    }
}
